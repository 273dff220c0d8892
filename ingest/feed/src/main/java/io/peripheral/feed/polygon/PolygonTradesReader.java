package io.peripheral.feed.polygon;

import io.peripheral.feed.flatfile.BadRowException;
import io.peripheral.feed.flatfile.CsvCursor;
import io.peripheral.feed.flatfile.CsvRowReader;
import io.peripheral.feed.order.TradeSource;
import io.peripheral.schemas.trade.Trade;
import java.nio.file.Path;

/**
 * Streams a Polygon flat-file trades CSV ({@code .csv} or {@code .csv.gz}) as {@link Trade}s with constant
 * memory. Columns are located by header name; a malformed row goes to the {@link RejectSink} with its file,
 * line number and reason, and reading goes on. The bytes are read and parsed by the {@link CsvCursor} every
 * flat-file reader shares (no regex, no per-field Strings except the trade id; tickers are interned).
 */
public final class PolygonTradesReader extends CsvRowReader<Trade> implements TradeSource {
  private static final int[] NO_CONDITIONS = new int[0];

  private final TradesHeader header;

  private PolygonTradesReader(CsvCursor cursor, RejectSink rejects) {
    super(cursor, rejects);
    this.header = TradesHeader.parse(cursor.file(), cursor.header());
  }

  /**
   * Opens {@code path}; fails with {@link FeedInputException} when it is missing, empty or lacks a usable
   * header. A file with a header but no rows is empty too.
   */
  public static PolygonTradesReader open(Path path, RejectSink rejects) {
    return openWith(path, cursor -> new PolygonTradesReader(cursor, rejects));
  }

  @Override
  protected Trade parse(CsvCursor c) {
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
    return new Trade(symbol, sip, participant, price, size, exchange, tape, conditions, id, sequence, correction,
        trfId, trfTimestamp); // an IllegalArgumentException here rejects the row like a BadRowException
  }
}
