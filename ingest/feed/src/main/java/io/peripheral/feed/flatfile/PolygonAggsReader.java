package io.peripheral.feed.flatfile;

import io.peripheral.feed.polygon.RejectSink;
import io.peripheral.schemas.agg.AggSource;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.Timespan;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Streams a Polygon {@code minute_aggs_v1} or {@code day_aggs_v1} file (header
 * {@code ticker,volume,open,close,high,low,window_start,transactions}, window_start in ns) as {@link PolygonAgg}s
 * with {@code source=flat_file}. A minute window ends 60 s after its start; a day window at the next midnight
 * America/New_York (23 or 25 hours on DST switch days). Malformed rows are rejected with file and line.
 */
public final class PolygonAggsReader extends CsvRowReader<PolygonAgg> {
  static final List<String> REQUIRED = List.of("ticker", "volume", "open", "close", "high", "low", "window_start");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final long MINUTE_NS = 60_000_000_000L;

  private final Timespan timespan;
  private final int columns;
  private final int ticker;
  private final int volume;
  private final int open;
  private final int close;
  private final int high;
  private final int low;
  private final int windowStart;
  private final int transactions;

  private PolygonAggsReader(CsvCursor cursor, Timespan timespan, RejectSink rejects) {
    super(cursor, rejects);
    this.timespan = timespan;
    Columns c = Columns.parse(cursor.header()).require(cursor.file(), "aggregates", REQUIRED);
    this.columns = c.count();
    this.ticker = c.of("ticker");
    this.volume = c.of("volume");
    this.open = c.of("open");
    this.close = c.of("close");
    this.high = c.of("high");
    this.low = c.of("low");
    this.windowStart = c.of("window_start");
    this.transactions = c.of("transactions");
  }

  /** {@code timespan} is {@link Timespan#MINUTE} or {@link Timespan#DAY} (see {@link FlatFileKind#detect}). */
  public static PolygonAggsReader open(Path path, Timespan timespan, RejectSink rejects) {
    if (timespan == Timespan.SECOND) {
      throw new IllegalArgumentException("Polygon has no second aggregates flat file");
    }
    return openWith(path, cursor -> new PolygonAggsReader(cursor, timespan, rejects));
  }

  @Override
  protected PolygonAgg parse(CsvCursor r) {
    r.split(columns);
    String symbol = r.symbol("ticker", ticker);
    long start = r.timestamp("window_start", windowStart, true);
    Long n = transactions < 0 || r.isEmpty(transactions) ? null : r.longValue("transactions", transactions);
    return PolygonAgg.of(symbol, timespan, start, end(start), r.decimal("open", open), r.decimal("high", high),
        r.decimal("low", low), r.decimal("close", close), r.decimal("volume", volume), n, AggSource.FLAT_FILE);
  }

  private long end(long start) {
    if (timespan == Timespan.MINUTE) {
      return start + MINUTE_NS;
    }
    Instant s = Instant.ofEpochSecond(Math.floorDiv(start, 1_000_000_000L), Math.floorMod(start, 1_000_000_000L));
    Instant next = s.atZone(NEW_YORK).toLocalDate().plusDays(1).atStartOfDay(NEW_YORK).toInstant();
    return next.getEpochSecond() * 1_000_000_000L + next.getNano();
  }
}
