package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.runtime.Bars;
import io.peripheral.strategy.runtime.Output;
import io.peripheral.strategy.runtime.RunResult;
import io.peripheral.strategy.runtime.StrategyHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The host caches compiled modules by key and serves concurrent runs with a fresh instance each. */
class HostTest {
  static final String SRC = "import numpy as np\nimport pandas as pd\ndef generate_signals(df, n=5):\n"
      + "    z = df['close'] - df['close'].rolling(n).mean()\n    return (z / 10).clip(-1, 1).fillna(0.0)\n";

  @Test
  void compiledModulesAreCachedBySourceAndCompilerVersion() {
    try (StrategyHost host = StrategyHost.builder().withCacheSize(2).build()) {
      CompiledStrategy a = TestBars.compile(SRC);
      CompiledStrategy b = TestBars.compile(SRC);
      assertThat(a.key()).isEqualTo(b.key()).isEqualTo(StrategyCompiler.key(SRC));
      assertThat(host.load(a)).isSameAs(host.load(b));
      assertThat(TestBars.compile(SRC + "\n").key()).isNotEqualTo(a.key());
    }
  }

  @Test
  void concurrentRunsOnOneHostAgree() throws Exception {
    CompiledStrategy s = TestBars.compile(SRC);
    Bars bars = TestBars.ramp(500);
    try (StrategyHost host = StrategyHost.builder().build()) {
      double[] expected = ((Output.Signals) host.run(s, bars, "generate_signals", Map.of()).output().orElseThrow())
          .positions();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<RunResult>> runs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          runs.add(pool.submit(() -> host.run(s, bars, "generate_signals", Map.of())));
        }
        for (Future<RunResult> f : runs) {
          assertThat(((Output.Signals) f.get().output().orElseThrow()).positions()).containsExactly(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
