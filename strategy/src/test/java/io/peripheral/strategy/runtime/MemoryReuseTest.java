package io.peripheral.strategy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.CompiledStrategy;
import io.peripheral.strategy.StrategyCompiler;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs on linear memory reused from earlier runs give bit-identical results to runs on fresh memory: the module
 * treats fresh memory as zero (np.zeros and np.empty skip their fill), so a reused array must come back zeroed.
 */
class MemoryReuseTest {
  // one strategy, so both kinds of run share one memory plan and ask for the same size; with fill=1 the array lands
  // where the fill=0 run's np.empty will land, so a stale marker would show up in the next fill=0 run
  static final String SRC = "import numpy as np\ndef generate_signals(df, fill=1):\n"
      + "    c = df['close'].values\n    a = np.empty(len(c))\n    if fill == 1:\n        a[:] = 0.75\n"
      + "    return a + (c - c.mean()) / 1000\n";

  @Test
  void pooledRunsGiveTheResultsOfFreshOnes() {
    CompiledStrategy s = StrategyCompiler.compile(SRC).strategy().orElseThrow();
    int n = 20_000;
    double[] close = new double[n];
    for (int i = 0; i < n; i++) {
      close[i] = 100 + Math.sin(i / 50.0);
    }
    Bars bars = new Bars(new long[n], close, close, close, close, close, Map.of());
    double[][] fresh = new double[2][];
    try (StrategyHost unpooled = StrategyHost.builder().withPooledMemoryBytes(0).build()) {
      fresh[0] = positions(unpooled, s, bars, 0);
      fresh[1] = positions(unpooled, s, bars, 1);
      assertThat(unpooled.memoryPool().reuses()).isZero();
    }
    try (StrategyHost host = StrategyHost.builder().build()) {
      for (int round = 0; round < 200 && host.memoryPool().reuses() < 5; round++) {
        int fill = round % 2;
        double[] got = positions(host, s, bars, fill);
        assertThat(Arrays.mismatch(got, fresh[fill])).as("first position that differs from a fresh run, round %d",
            round).isEqualTo(-1);
      }
      assertThat(host.memoryPool().reuses()).as("runs served from the pool").isGreaterThanOrEqualTo(5);
    }
    assertThat(Arrays.stream(fresh[0]).max().getAsDouble()).isLessThan(0.01);
    assertThat(fresh[1][0]).isGreaterThan(0.7);
  }

  private static double[] positions(StrategyHost host, CompiledStrategy s, Bars bars, long fill) {
    RunResult r = host.run(s, bars, "generate_signals", Map.of("fill", fill));
    // the run's memory is zeroed and returned on another thread: wait for it, so the next run reuses it
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (host.memoryPool().idleCount() == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    return ((Output.Signals) r.output().orElseThrow()).positions();
  }
}
