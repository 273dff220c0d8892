package io.peripheral.strategy;

import io.peripheral.strategy.runtime.Bars;
import java.util.Map;

/** Small synthetic bars for unit tests. */
final class TestBars {
  private TestBars() {}

  static Bars ramp(int n) {
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 1_704_067_200_000_000_000L + i * 60_000_000_000L;
      c[i] = 100 + Math.sin(i / 7.0) * 5 + i * 0.01;
      o[i] = c[i] - 0.2;
      h[i] = c[i] + 0.5;
      l[i] = c[i] - 0.5;
      v[i] = 1000 + (i % 17) * 10;
    }
    return new Bars(t, o, h, l, c, v, Map.of());
  }

  static CompiledStrategy compile(String src) {
    CompileResult r = StrategyCompiler.compile(src);
    if (!r.ok()) {
      throw new AssertionError("does not compile: " + r.diagnostics());
    }
    return r.strategy().orElseThrow();
  }
}
