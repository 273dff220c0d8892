package io.peripheral.feed.polygon;

import io.peripheral.feed.flatfile.BadRowException;
import io.peripheral.feed.flatfile.CsvCursor;
import io.peripheral.feed.order.TradeSource;
import io.peripheral.schemas.trade.Trade;
import java.nio.file.Path;

/**
 * Streams a Polygon flat-file trades CSV ({@code .csv} or {@code .csv.gz}) as {@link Trade}s with constant
 * memory. Columns are located by header name; a malformed row goes to the {@link RejectSink} with its file,
 * line number and reason, and reading goes on. The bytes are read and parsed by the {@link CsvCursor} every
 * flat-file reader shares (no regex, no per-field Strings except the trade id; tickers are interned).
 */
public final class PolygonTradesReader implements TradeSource {
  private static final int[] NO_CONDITIONS = new int[0];

  private final CsvCursor cursor;
  private final RejectSink rejects;
  private final TradesHeader header;
  private long rowsRead;
  private long rowsRejected;

  private PolygonTradesReader(CsvCursor cursor, RejectSink rejects) {
    this.cursor = cursor;
    this.rejects = rejects;
    this.header = TradesHeader.parse(cursor.file(), cursor.header());
  }

  /**
   * Opens {@code path}; fails with {@link FeedInputException} when it is missing, empty or lacks a usable
   * header. A file with a header but no rows is empty too.
   */
  public static PolygonTradesReader open(Path path, RejectSink rejects) {
    CsvCursor cursor = CsvCursor.open(path);
    try {
      return new PolygonTradesReader(cursor, rejects);
    } catch (RuntimeException e) {
      cursor.close();
      throw e;
    }
  }

  public String file() {
    return cursor.file();
  }

  /** Data rows read so far, rejected ones included (the header is not a row). */
  public long rowsRead() {
    return rowsRead;
  }

  public long rowsRejected() {
    return rowsRejected;
  }

  @Override
  public Trade next() {
    while (cursor.next()) {
      rowsRead++;
      try {
        return parseRow();
      } catch (BadRowException e) {
        rowsRejected++;
        rejects.reject(new Reject(cursor.file(), cursor.line(), e.getMessage(), cursor.rowText()));
      }
    }
    return null;
  }

  private Trade parseRow() {
    CsvCursor c = cursor;
    TradesHeader h = header;
    c.split(h.columns());
    String symbol = c.symbol("ticker", h.ticker);
    long sip = c.timestamp("sip_timestamp", h.sip, true);
    long participant = h.participant < 0 ? 0 : c.timestamp("participant_timestamp", h.participant, false);
    double price = c.decimal("price", h.price);
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new BadRowException("price must be positive, was " + c.text(h.price));
    }
    double size = c.decimal("size", h.size);
    if (!(size > 0) || Double.isInfinite(size)) {
      throw new BadRowException("size must be positive, was " + c.text(h.size));
    }
    int[] conditions = h.conditions < 0 ? NO_CONDITIONS : c.ints("conditions", h.conditions);
    int correction = h.correction < 0 ? 0 : c.intValue("correction", h.correction, 0);
    int exchange = h.exchange < 0 ? 0 : c.intValue("exchange", h.exchange, 0);
    int tape = h.tape < 0 ? 0 : c.intValue("tape", h.tape, 0);
    String id = h.id < 0 ? "" : c.text(h.id);
    long sequence = h.sequence < 0 || c.isEmpty(h.sequence) ? 0 : c.longValue("sequence_number", h.sequence);
    int trfId = h.trfId < 0 ? -1 : c.intValue("trf_id", h.trfId, -1);
    long trfTimestamp = h.trfTimestamp < 0 ? 0 : c.timestamp("trf_timestamp", h.trfTimestamp, false);
    try {
      return new Trade(symbol, sip, participant, price, size, exchange, tape, conditions, id, sequence, correction,
          trfId, trfTimestamp);
    } catch (IllegalArgumentException e) {
      throw new BadRowException(e.getMessage());
    }
  }

  @Override
  public void close() {
    cursor.close();
  }
}
