package io.peripheral.feed.flatfile;

import io.peripheral.feed.polygon.RejectSink;
import io.peripheral.schemas.quote.Quote;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams a Polygon {@code us_stocks_sip/quotes_v1} file ({@code .csv} / {@code .csv.gz}, header
 * {@code ticker,ask_exchange,ask_price,ask_size,bid_exchange,bid_price,bid_size,conditions,indicators,
 * participant_timestamp,sequence_number,sip_timestamp,tape,trf_timestamp}) as {@link Quote}s with constant memory.
 * Columns are found by name; a malformed row goes to the {@link RejectSink} with file, line and reason, and reading
 * goes on. Polygon sorts the file by ticker, then time: each symbol's quotes come in SIP order.
 */
public final class PolygonQuotesReader extends CsvRowReader<Quote> {
  static final List<String> REQUIRED = List.of("ticker", "bid_price", "bid_size", "ask_price", "ask_size",
      "sip_timestamp");

  private final int columns;
  private final int ticker;
  private final int askExchange;
  private final int askPrice;
  private final int askSize;
  private final int bidExchange;
  private final int bidPrice;
  private final int bidSize;
  private final int conditions;
  private final int indicators;
  private final int participant;
  private final int sequence;
  private final int sip;
  private final int tape;
  private final int trf;

  private PolygonQuotesReader(CsvCursor cursor, RejectSink rejects) {
    super(cursor, rejects);
    Columns c = Columns.parse(cursor.header()).require(cursor.file(), "quotes", REQUIRED);
    this.columns = c.count();
    this.ticker = c.of("ticker");
    this.askExchange = c.of("ask_exchange");
    this.askPrice = c.of("ask_price");
    this.askSize = c.of("ask_size");
    this.bidExchange = c.of("bid_exchange");
    this.bidPrice = c.of("bid_price");
    this.bidSize = c.of("bid_size");
    this.conditions = c.of("conditions");
    this.indicators = c.of("indicators");
    this.participant = c.of("participant_timestamp");
    this.sequence = c.of("sequence_number");
    this.sip = c.of("sip_timestamp");
    this.tape = c.of("tape");
    this.trf = c.of("trf_timestamp");
  }

  /** Opens {@code path}; a missing or empty file, or one without the quote columns, is a FeedInputException. */
  public static PolygonQuotesReader open(Path path, RejectSink rejects) {
    return openWith(path, cursor -> new PolygonQuotesReader(cursor, rejects));
  }

  @Override
  protected Quote parse(CsvCursor r) {
    r.split(columns);
    String symbol = r.symbol("ticker", ticker);
    long sipTs = r.timestamp("sip_timestamp", sip, true);
    long participantTs = participant < 0 ? 0 : r.timestamp("participant_timestamp", participant, false);
    double bp = r.decimal("bid_price", bidPrice);
    double bs = r.decimal("bid_size", bidSize);
    double ap = r.decimal("ask_price", askPrice);
    double as = r.decimal("ask_size", askSize);
    int bx = bidExchange < 0 ? 0 : r.intValue("bid_exchange", bidExchange, 0);
    int ax = askExchange < 0 ? 0 : r.intValue("ask_exchange", askExchange, 0);
    int[] conds = conditions < 0 ? null : r.ints("conditions", conditions);
    int[] inds = indicators < 0 ? null : r.ints("indicators", indicators);
    long seq = sequence < 0 || r.isEmpty(sequence) ? 0 : r.longValue("sequence_number", sequence);
    int tp = tape < 0 ? 0 : r.intValue("tape", tape, 0);
    long trfTs = trf < 0 ? 0 : r.timestamp("trf_timestamp", trf, false);
    return new Quote(symbol, sipTs, participantTs, bx, bp, bs, ax, ap, as, conds, inds, seq, tp, trfTs);
  }
}
