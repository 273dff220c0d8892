package io.peripheral.bars.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code make bench} entry for the bars service: (b) aggregation ticks/s and (d) bar upserts/s, printed as a
 * markdown table. Arguments: {@code [all|aggregation|floor|upserts]}; environment: KAFKA_BOOTSTRAP (localhost:19092),
 * PG_URL (jdbc:postgresql://localhost:15432/peripheral), PG_USER (peripheral), BENCH_TICKS (10000000),
 * BENCH_SYMBOLS (500), BENCH_THREADS (2), BENCH_STATE_DIR (.local/bench/bars-state), BENCH_RUNS (3: the timed
 * runs, of which the median is reported and all are listed), BENCH_WARMUP_TICKS (10000000) and BENCH_WARMUP_RUNS
 * (3): untimed aggregation runs first, as large as the timed ones, so that they measure a warm service and broker
 * rather than the JIT compiling them (on a freshly started stack the first runs took 17.1, 11.9 and 11.2 s, the
 * next 7.9 and 8.2 s). Paths run once per Kafka request or record batch (the producer's
 * sender, the fetcher, Arrow's reader, the broker's produce and transaction handling) run only a few thousand
 * times per run and reach the compile thresholds of two busy cores late: after two 3M-tick warm-ups the compiler
 * threads still took 2.5–2.6 CPU-s of the timed run, 286 methods compiled by C2 in it; after 10M-tick warm-ups
 * 0.2–2.7 CPU-s (five runs). 0 ticks skips them.
 * BENCH_FLOOR_BARS (3500000): the floor section's bar count.
 */
public final class BarsBench {
  private BarsBench() {}

  public static void main(String[] args) throws Exception {
    // outside Quarkus nothing configures logging: without this, Kafka's trace logging formats every record
    System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    String what = args.length > 0 ? args[0] : "all";
    String bootstrap = env("KAFKA_BOOTSTRAP", "localhost:19092");
    String pgUrl = env("PG_URL", "jdbc:postgresql://localhost:15432/peripheral");
    String pgUser = env("PG_USER", "peripheral");
    long ticks = Long.parseLong(env("BENCH_TICKS", "10000000"));
    int symbols = Integer.parseInt(env("BENCH_SYMBOLS", "500"));
    int threads = Integer.parseInt(env("BENCH_THREADS", "2"));
    Path stateDir = Path.of(env("BENCH_STATE_DIR", ".local/bench/bars-state"));

    StringBuilder table = new StringBuilder();
    table.append("| benchmark | N | symbols | time span | seconds | rate |\n");
    table.append("|---|---:|---:|---|---:|---:|\n");
    long warmupTicks = Long.parseLong(env("BENCH_WARMUP_TICKS", "10000000"));
    int warmupRuns = Integer.parseInt(env("BENCH_WARMUP_RUNS", "3"));
    int timedRuns = Math.max(1, Integer.parseInt(env("BENCH_RUNS", "3")));
    double barsPerTick = 0.35; // (b)'s ratio as measured (3,500,138 final bars of 10M ticks); replaced when (b) runs
    if (what.equals("all") || what.equals("aggregation")) {
      List<String> warmupRates = new ArrayList<>();
      for (int run = 1; warmupTicks > 0 && run <= warmupRuns; run++) {
        AggregationBench.Result w = AggregationBench.run(bootstrap, warmupTicks, symbols, threads, stateDir);
        System.err.printf(Locale.ROOT, "warm-up %d: %,d ticks in %.1f s (%,.0f ticks/s), not reported%n", run,
            w.ticks(), w.seconds(), w.ticks() / w.seconds());
        warmupRates.add(millions(w.ticks() / w.seconds()));
      }
      List<AggregationBench.Result> runs = new ArrayList<>();
      for (int run = 1; run <= timedRuns; run++) {
        runs.add(AggregationBench.run(bootstrap, ticks, symbols, threads, stateDir));
      }
      List<String> rates = runs.stream().map(x -> millions(x.ticks() / x.seconds())).toList();
      runs.sort(java.util.Comparator.comparingDouble(AggregationBench.Result::seconds));
      AggregationBench.Result r = runs.get(runs.size() / 2); // the median run
      barsPerTick = r.finalBars() / r.ticks();
      table.append(String.format(Locale.ROOT,
          "| (b) bar aggregation, real broker, %d stream threads, 6 intervals, EOS v2, replay settings (no forming"
              + " bars, 1 s commits); the median of %d runs (%s ticks/s), after %d untimed run(s) of %,d ticks (%s)"
              + " (start → committed end-of-stream on all 36 bar partitions; %.0f final bars) | %,d ticks |"
              + " %d (Zipf) | one session, 2024-01-02 09:30-16:00 New York (%d min) | %.1f | **%,.0f ticks/s** |%n",
          r.threads(), timedRuns, String.join(", ", rates), warmupRuns, warmupTicks,
          warmupRates.isEmpty() ? "none" : String.join(", ", warmupRates), r.finalBars(), r.ticks(), r.symbols(),
          r.span().toMinutes(), r.seconds(), r.ticks() / r.seconds()));
      table.append(String.format(Locale.ROOT,
          "| (b'') the same run per CPU-second: Streams JVM %.1f CPU-s, broker %.1f CPU-s (machine shared) | %,d ticks |"
              + " %d | same | %.1f CPU-s | %,.0f ticks per CPU-s |%n", r.streamsCpuSeconds(), r.brokerCpuSeconds(),
          r.ticks(), r.symbols(), r.streamsCpuSeconds() + r.brokerCpuSeconds(),
          r.ticks() / (r.streamsCpuSeconds() + r.brokerCpuSeconds())));
      table.append(String.format(Locale.ROOT,
          "| (b') pre-producing those ticks as Arrow batches (bench producer, 1 thread) | %,d ticks | %d | same |"
              + " %.1f | %,.0f ticks/s |%n", r.ticks(), r.symbols(), r.produceSeconds(),
          r.ticks() / r.produceSeconds()));
    }
    if (what.equals("all") || what.equals("floor")) {
      long bars = Long.parseLong(env("BENCH_FLOOR_BARS", "3500000"));
      EmitFloorBench.run(bootstrap, bars, symbols, threads, stateDir); // untimed, for the JIT, as (b) is warmed up
      EmitFloorBench.Result f = EmitFloorBench.run(bootstrap, bars, symbols, threads, stateDir);
      table.append(String.format(Locale.ROOT,
          "| (b-floor) Kafka Streams alone writing ready-made bar JSON, one bar per record (same settings as (b), no"
              + " aggregation; start → every input offset committed) | %,d bars | %d | - | %.1f | **%,.0f bars/s**"
              + " (= %,.0f ticks/s at (b)'s %.2f bars per tick) |%n", f.bars(), symbols, f.seconds(),
          f.bars() / f.seconds(), f.bars() / f.seconds() / barsPerTick, barsPerTick));
    }
    if (what.equals("all") || what.equals("upserts")) {
      UpsertBench.Result r = UpsertBench.run(pgUrl, pgUser, symbols, 390, 5000);
      table.append(String.format(Locale.ROOT,
          "| (d) final 1m bar upserts via the sink's write path (new rows, batches of %d, one transaction each) |"
              + " %,d bars | %d | %d min of 1m bars | %.1f | **%,.0f bars/s** |%n",
          r.batchSize(), r.bars(), r.symbols(), r.span().toMinutes(), r.firstSeconds(), r.bars() / r.firstSeconds()));
      table.append(String.format(Locale.ROOT,
          "| (d') the same bars again (replay/restart: conflict, rows unchanged) | %,d bars | %d | same | %.1f |"
              + " %,.0f bars/s |%n", r.bars(), r.symbols(), r.repeatSeconds(), r.bars() / r.repeatSeconds()));
    }
    System.out.print(table);
    System.exit(0);
  }

  /** 1,234,567 as "1.23M". */
  private static String millions(double v) {
    return String.format(Locale.ROOT, "%.2fM", v / 1e6);
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
