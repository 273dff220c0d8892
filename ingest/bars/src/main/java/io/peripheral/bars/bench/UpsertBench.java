package io.peripheral.bars.bench;

import io.peripheral.bars.sink.BarRepository;
import io.peripheral.bars.sink.SinkBatch;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/** (d) final-bar upserts/s through the sink's write path ({@link BarRepository}), batches as the sink makes them. */
final class UpsertBench {
  record Result(int bars, int symbols, Duration span, int batchSize, double firstSeconds, double repeatSeconds) {}

  private UpsertBench() {}

  static Result run(String jdbcUrl, String user, int symbols, int minutes, int batchSize) throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(jdbcUrl);
    ds.setUser(user);
    ds.setReWriteBatchedInserts(true);
    String prefix = "BENCH" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase() + "_";
    long start = java.time.Instant.parse("2024-01-02T14:30:00Z").getEpochSecond() * 1_000_000_000L;
    List<Bar> bars = new ArrayList<>(symbols * minutes);
    for (int m = 0; m < minutes; m++) {
      long t = start + m * 60_000_000_000L;
      for (int s = 0; s < symbols; s++) {
        double px = 20 + s % 300 + m * 0.01;
        bars.add(new Bar(prefix + s, Interval.M1, t, px, px + 0.5, px - 0.5, px + 0.1, 1000 + m, px, 10 + s % 7,
            Session.of(Interval.M1, t), true, BarSource.REPLAY, 0, "builtin-1"));
      }
    }
    BarRepository repository = new BarRepository(ds);
    try {
      double first = writeAll(repository, bars, batchSize);
      double repeat = writeAll(repository, bars, batchSize);
      return new Result(bars.size(), symbols, Duration.ofMinutes(minutes), batchSize, first, repeat);
    } finally {
      try (Connection c = ds.getConnection();
          PreparedStatement ps = c.prepareStatement("DELETE FROM bars WHERE symbol LIKE ?");
          PreparedStatement ps2 = c.prepareStatement("DELETE FROM symbols WHERE symbol LIKE ?")) {
        ps.setString(1, prefix + "%");
        ps.executeUpdate();
        ps2.setString(1, prefix + "%");
        ps2.executeUpdate();
      }
    }
  }

  private static double writeAll(BarRepository repository, List<Bar> bars, int batchSize) throws Exception {
    long t0 = System.nanoTime();
    for (int i = 0; i < bars.size(); i += batchSize) {
      SinkBatch batch = new SinkBatch();
      bars.subList(i, Math.min(bars.size(), i + batchSize)).forEach(batch::add);
      repository.write(batch);
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
