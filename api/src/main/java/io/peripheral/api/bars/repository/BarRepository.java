package io.peripheral.api.bars.repository;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads final bars from the {@code bars} table (it holds only final bars). */
@ApplicationScoped
public class BarRepository {
  // ts bounds use the primary key (symbol, interval, ts) and prune partitions; start_ns bounds are exact to the ns.
  private static final String RANGE = """
      SELECT start_ns, open, high, low, close, volume, vwap, trade_count, session, source, revision, rules_version
      FROM bars
      WHERE symbol = $1 AND interval = $2 AND ts >= $3 AND ts < $4 AND start_ns >= $5 AND start_ns < $6
      ORDER BY ts
      LIMIT $7""";
  private static final long NANOS_PER_MICRO = 1_000L;

  private final Pool pool;

  public BarRepository(Pool pool) {
    this.pool = pool;
  }

  /** Bars of {@code symbol} and {@code interval} starting in {@code [fromNs, toNs)}, oldest first, at most {@code limit}. */
  public Uni<List<Bar>> range(String symbol, Interval interval, long fromNs, long toNs, int limit) {
    Tuple args = Tuple.tuple()
        .addString(symbol)
        .addString(interval.code())
        .addOffsetDateTime(timestamp(Math.floorDiv(fromNs, NANOS_PER_MICRO)))
        .addOffsetDateTime(timestamp(ceilDiv(toNs, NANOS_PER_MICRO)))
        .addLong(fromNs)
        .addLong(toNs)
        .addInteger(limit);
    return pool.preparedQuery(RANGE).execute(args).map(rows -> {
      List<Bar> bars = new ArrayList<>(rows.size());
      for (Row row : rows) {
        bars.add(bar(symbol, interval, row));
      }
      return bars;
    });
  }

  private static Bar bar(String symbol, Interval interval, Row row) {
    Double vwap = row.getDouble("vwap");
    String session = row.getString("session");
    return new Bar(symbol, interval, row.getLong("start_ns"), row.getDouble("open"), row.getDouble("high"),
        row.getDouble("low"), row.getDouble("close"), row.getDouble("volume"), vwap == null ? Double.NaN : vwap,
        row.getLong("trade_count"), session == null ? null : Session.valueOf(session.toUpperCase(Locale.ROOT)), true,
        BarSource.parse(row.getString("source")), row.getInteger("revision"), row.getString("rules_version"));
  }

  private static OffsetDateTime timestamp(long epochMicros) {
    Instant t = Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L),
        Math.floorMod(epochMicros, 1_000_000L) * NANOS_PER_MICRO);
    return t.atOffset(ZoneOffset.UTC);
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
