package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.runtime.Bars;
import io.peripheral.strategy.runtime.Output;
import io.peripheral.strategy.runtime.RunResult;
import io.peripheral.strategy.runtime.StrategyHost;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** exp, log and log10 are implemented inside the module; they agree with java.lang.StrictMath to within 1 ulp. */
class MathTest {
  static final StrategyHost HOST = StrategyHost.builder().build();
  static final CompiledStrategy MATH = TestBars.compile("import numpy as np\n"
      + "def screen(df, x=1.0):\n"
      + "    return {'score': 0.0, 'exp': np.exp(x), 'log': np.log(x), 'log10': np.log10(x)}\n");
  static final Bars BARS = TestBars.ramp(3);

  @AfterAll
  static void close() {
    HOST.close();
  }

  static Map<String, Double> eval(double x) {
    RunResult r = HOST.run(MATH, BARS, "screen", Map.of("x", x));
    return ((Output.Fields) r.output().orElseThrow()).fields();
  }

  static void assertWithinOneUlp(String fn, double x, double actual, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(fn + "(" + x + ")").isNaN();
      return;
    }
    if (Double.isInfinite(expected)) {
      assertThat(actual).as(fn + "(" + x + ")").isEqualTo(expected);
      return;
    }
    assertThat(Math.abs(actual - expected)).as(fn + "(" + x + ") = " + actual + " vs " + expected)
        .isLessThanOrEqualTo(Math.ulp(expected));
  }

  @Test
  void expLogAndLog10MatchStrictMathWithinOneUlp() {
    SplittableRandom rnd = new SplittableRandom(42);
    double[] special = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 1e-300, 4.9e-324, 1e300, 709.78, -745.1, 710.0, -746.0,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.E, 1 + 1e-12, 1 - 1e-12, 0.34657359,
        1.0397207708, 3.7252902984e-09};
    for (double x : special) {
      check(x);
    }
    for (int i = 0; i < 300; i++) {
      check(rnd.nextDouble(-50, 50));
      check(Math.exp(rnd.nextDouble(-700, 700)));
    }
  }

  private static void check(double x) {
    Map<String, Double> f = eval(x);
    assertWithinOneUlp("exp", x, f.get("exp"), StrictMath.exp(x));
    assertWithinOneUlp("log", x, f.get("log"), StrictMath.log(x));
    assertWithinOneUlp("log10", x, f.get("log10"), StrictMath.log10(x));
  }
}
