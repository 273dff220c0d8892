package io.peripheral.api.support;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** Writes test rows into {@code bars} and {@code symbols}; every test class uses its own symbols. */
public final class TestRows {
  private static final String INSERT_BAR = """
      INSERT INTO bars (symbol, interval, ts, start_ns, open, high, low, close, volume, vwap, trade_count, session,
                        source, precedence, revision, rules_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (symbol, interval, ts) DO NOTHING""";

  private TestRows() {}

  /** A symbol no other test run uses: {@code prefix} plus random letters. */
  public static String uniqueSymbol(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 6; i++) {
      b.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }

  public static long ns(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  /** {@code count} consecutive final bars of {@code interval} from {@code first}; prices rise by one each bar. */
  public static List<Bar> bars(String symbol, Interval interval, Instant first, int count) {
    List<Bar> bars = new ArrayList<>(count);
    long start = interval.windowStart(ns(first));
    for (int i = 0; i < count; i++) {
      double p = 100 + i;
      bars.add(new Bar(symbol, interval, start, p, p + 1, p - 1, p + 0.5, 1000 + i, p + 0.25, 10 + i,
          Session.of(interval, start), true, BarSource.LIVE, 0, "test-rules"));
      start = interval.windowEnd(start);
    }
    return bars;
  }

  public static void insertBars(DataSource ds, List<Bar> bars) throws SQLException {
    try (Connection c = ds.getConnection()) {
      TreeSet<Instant> months = new TreeSet<>();
      for (Bar b : bars) {
        months.add(java.time.YearMonth.from(instant(b.start()).atZone(java.time.ZoneOffset.UTC))
            .atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      }
      try (PreparedStatement p = c.prepareStatement("SELECT ensure_bars_partition(?)")) {
        for (Instant t : months) {
          p.setTimestamp(1, Timestamp.from(t));
          p.execute();
        }
      }
      try (PreparedStatement p = c.prepareStatement(INSERT_BAR)) {
        for (Bar b : bars) {
          p.setString(1, b.symbol());
          p.setString(2, b.interval().code());
          p.setTimestamp(3, Timestamp.from(instant(b.start())));
          p.setLong(4, b.start());
          p.setDouble(5, b.open());
          p.setDouble(6, b.high());
          p.setDouble(7, b.low());
          p.setDouble(8, b.close());
          p.setDouble(9, b.volume());
          p.setDouble(10, b.vwap());
          p.setLong(11, b.tradeCount());
          p.setString(12, b.session() == null ? null : b.session().name().toLowerCase(Locale.ROOT));
          p.setString(13, b.source().code());
          p.setInt(14, b.source().precedence());
          p.setInt(15, b.revision());
          p.setString(16, b.rulesVersion());
          p.addBatch();
        }
        p.executeBatch();
      }
    }
  }

  public static void insertSymbol(DataSource ds, String symbol, String name) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement p = c.prepareStatement(
            "INSERT INTO symbols (symbol, name, type) VALUES (?, ?, 'CS') ON CONFLICT (symbol) DO NOTHING")) {
      p.setString(1, symbol);
      p.setString(2, name);
      p.execute();
    }
  }

  private static Instant instant(long ns) {
    return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
  }
}
