package io.peripheral.strategy.bench;

import io.peripheral.strategy.runtime.FlatMemory;
import com.dylibso.chicory.runtime.Instance;
import io.peripheral.strategy.CompileResult;
import io.peripheral.strategy.CompiledStrategy;
import io.peripheral.strategy.StrategyCompiler;
import io.peripheral.strategy.runtime.Bars;
import io.peripheral.strategy.runtime.ModuleLoader;
import io.peripheral.strategy.runtime.RunResult;
import io.peripheral.strategy.runtime.StrategyHost;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Strategy benchmark: (a) loop-heavy Wilder RSI/ATR and (b) a vectorized rolling/ewm chain over N bars, ours vs
 * CPython + numpy + pandas running the identical file vs a hand-written Java loop; (c) compile + instantiate of a
 * ~200-line strategy, warm. Run from the strategy module: see README.md.
 */
public final class StrategyBench {
  // best-of over many runs: these machines drift between fast and slow phases for seconds at a time
  private static final int RUNS = 10;
  private static final int PYTHON_RUNS = 5;

  private StrategyBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Bars bars = randomWalk(n, 42);
    Path csv = Files.createTempFile("bench-bars", ".csv");
    writeCsv(bars, csv);
    try (StrategyHost host = StrategyHost.builder().withDeadline(Duration.ofMinutes(2))
        .withMemoryLimitBytes(1L << 30).build()) {
      System.out.println("Strategy benchmark: N = " + n + " bars (seeded random walk, 1-minute bars); best of " + RUNS
          + " runs after 5 warm-up runs (CPython: best of " + PYTHON_RUNS + "); CPython = /usr/bin/python3 + numpy"
          + " + pandas, entry call only (CSV load excluded)");
      System.out.println("(ours ms = whole run: instantiate, copy the used columns in, call, read back; ours call ="
          + " the entry call alone)");
      System.out.println();
      System.out.printf("%-32s %9s %10s %11s %9s %10s %9s%n", "strategy", "ours ms", "ours call", "cpython ms",
          "java ms", "vs python", "vs java");
      row(host, "(a) loop: Wilder RSI + ATR", Path.of("bench/loop_rsi_atr.py"), bars, csv,
          () -> HandWritten.rsiAtr(bars.close(), bars.high(), bars.low(), 14));
      row(host, "(b) vector: rolling/ewm chain", Path.of("bench/vector_chain.py"), bars, csv,
          () -> HandWritten.chain(bars.close()));
    }
    System.out.println();
    compileAndInstantiate();
    Files.deleteIfExists(csv);
  }

  private static void row(StrategyHost host, String name, Path file, Bars bars, Path csv, Runnable java)
      throws Exception {
    CompiledStrategy s = StrategyCompiler.compile(Files.readString(file)).strategy().orElseThrow();
    double[] call = {Double.MAX_VALUE};
    double ours = best(RUNS, () -> {
      RunResult r = host.run(s, bars, "generate_signals", Map.of());
      if (!r.ok()) {
        throw new IllegalStateException(r.failure().get().message());
      }
      call[0] = Math.min(call[0], r.entryNanos() / 1e6);
    });
    double javaMs = best(RUNS, java);
    double py = cpython(csv, file);
    System.out.printf("%-32s %9.1f %10.1f %11.1f %9.1f %9.1fx %8.2fx%n", name, ours, call[0], py, javaMs, py / ours,
        ours / javaMs);
  }

  static double best(int runs, Runnable r) {
    // the JIT needs a few runs to compile the generated code and the host's copies at full tier
    for (int i = 0; i < 5; i++) {
      r.run();
    }
    double best = Double.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      r.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e6);
    }
    return best;
  }

  static double cpython(Path csv, Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("/usr/bin/python3", "bench/cpython_bench.py", csv.toString(), file.toString(),
        String.valueOf(PYTHON_RUNS))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor(10, TimeUnit.MINUTES);
    String[] lines = out.split("\n");
    return Double.parseDouble(lines[lines.length - 1]);
  }

  /** (c): a fresh ~200-line strategy each iteration (so no cache hit), compiled, loaded and instantiated. */
  static void compileAndInstantiate() {
    List<Double> times = new ArrayList<>();
    int lines = 0;
    for (int i = 0; i < 25; i++) {
      String src = BigStrategy.source(i);
      lines = (int) src.lines().count();
      long t0 = System.nanoTime();
      CompileResult r = StrategyCompiler.compile(src);
      ModuleLoader.Loaded l = ModuleLoader.load(r.strategy().orElseThrow().wasm());
      Instance.builder(l.module()).withMachineFactory(l.machines()).withMemoryFactory(FlatMemory::new).build();
      times.add((System.nanoTime() - t0) / 1e6);
    }
    List<Double> warm = new ArrayList<>(times.subList(10, times.size()));
    warm.sort(Double::compare);
    System.out.printf("(c) compile + instantiate, %d-line strategy, warm (iterations 11-25): median %.1f ms,"
        + " min %.1f ms, max %.1f ms%n", lines, warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1));
  }

  static Bars randomWalk(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    double price = 100;
    for (int i = 0; i < n; i++) {
      t[i] = 1_704_067_200_000_000_000L + i * 60_000_000_000L;
      o[i] = price;
      price = Math.max(1, price * (1 + rnd.nextGaussian() * 0.002));
      c[i] = price;
      h[i] = Math.max(o[i], c[i]) * (1 + Math.abs(rnd.nextGaussian()) * 0.001);
      l[i] = Math.min(o[i], c[i]) * (1 - Math.abs(rnd.nextGaussian()) * 0.001);
      v[i] = 1000 + rnd.nextInt(9000);
    }
    return new Bars(t, o, h, l, c, v, Map.of());
  }

  static void writeCsv(Bars b, Path path) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(path)) {
      w.write("time,open,high,low,close,volume\n");
      for (int i = 0; i < b.size(); i++) {
        w.write(b.time()[i] + "," + b.open()[i] + "," + b.high()[i] + "," + b.low()[i] + "," + b.close()[i] + ","
            + b.volume()[i] + "\n");
      }
    }
  }

  /** Hand-written Java equivalents of the two bench strategies. */
  static final class HandWritten {
    private HandWritten() {}

    static double[] rsiAtr(double[] close, double[] high, double[] low, int n) {
      int len = close.length;
      double[] rsi = new double[len];
      double[] atr = new double[len];
      Arrays.fill(rsi, Double.NaN);
      Arrays.fill(atr, Double.NaN);
      double gain = 0;
      double loss = 0;
      double a = 0;
      for (int i = 1; i < len; i++) {
        double d = close[i] - close[i - 1];
        double g = d > 0 ? d : 0;
        double lo = d < 0 ? -d : 0;
        double tr = Math.max(high[i] - low[i], Math.max(Math.abs(high[i] - close[i - 1]),
            Math.abs(low[i] - close[i - 1])));
        if (i <= n) {
          gain += g / n;
          loss += lo / n;
          a += tr / n;
        } else {
          gain = (gain * (n - 1) + g) / n;
          loss = (loss * (n - 1) + lo) / n;
          a = (a * (n - 1) + tr) / n;
        }
        if (i >= n) {
          rsi[i] = loss == 0 ? 100 : 100 - 100 / (1 + gain / loss);
          atr[i] = a;
        }
      }
      double[] pos = new double[len];
      for (int i = 0; i < len; i++) {
        if (rsi[i] < 30) {
          pos[i] = Math.min(1, 0.01 * close[i] / atr[i]);
        } else if (rsi[i] > 70) {
          pos[i] = -Math.min(1, 0.01 * close[i] / atr[i]);
        }
      }
      return pos;
    }

    static double[] chain(double[] close) {
      int len = close.length;
      double[] out = new double[len];
      double sum = 0;
      double sumSq = 0;
      double ema = close[0];
      double a50 = 2.0 / 51;
      double a5 = 2.0 / 6;
      double num = 0;
      double den = 0;
      for (int i = 0; i < len; i++) {
        sum += close[i];
        sumSq += close[i] * close[i];
        if (i >= 20) {
          sum -= close[i - 20];
          sumSq -= close[i - 20] * close[i - 20];
        }
        ema = i == 0 ? close[0] : ema + a50 * (close[i] - ema);
        double z = Double.NaN;
        if (i >= 19) {
          double m = sum / 20;
          double sd = Math.sqrt(Math.max(0, (sumSq - 20 * m * m) / 19));
          z = (close[i] - m) / sd;
        }
        if (!Double.isNaN(z)) {
          num = num * (1 - a5) + z;
          den = den * (1 - a5) + 1;
        }
        double sig = den > 0 ? Math.max(-3, Math.min(3, num / den)) / 3 : Double.NaN;
        if (!(close[i] > ema)) {
          sig *= 0.5;
        }
        out[i] = Double.isNaN(sig) ? 0 : sig;
      }
      return out;
    }
  }
}
