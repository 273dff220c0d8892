package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.runtime.Failure;
import io.peripheral.strategy.runtime.Output;
import io.peripheral.strategy.runtime.RunResult;
import io.peripheral.strategy.runtime.StrategyHost;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Python run failures are reported with their type and line; numpy values follow IEEE instead. */
class RuntimeErrorsTest {
  static final StrategyHost HOST = StrategyHost.builder().build();

  @AfterAll
  static void close() {
    HOST.close();
  }

  static RunResult screen(String body) {
    String src = "import numpy as np\nimport math\ndef screen(df):\n" + body + "\n";
    return HOST.run(TestBars.compile(src), TestBars.ramp(20), "screen", Map.of());
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("    x = 1.0 / (len(df) - 20)\n    return x", "ZeroDivisionError", 4),
        Arguments.of("    x = 7 // (len(df) - 20)\n    return x", "ZeroDivisionError", 4),
        Arguments.of("    x = 7 % (len(df) - 20)\n    return x", "ZeroDivisionError", 4),
        Arguments.of("    c = df['close'].values\n    return c[len(c)]", "IndexError", 5),
        Arguments.of("    c = df['close'].values\n    return c[-len(c) - 1]", "IndexError", 5),
        Arguments.of("    c = df['close'].values\n    d = c[:5] + c\n    return d[0]", "ValueError", 5),
        Arguments.of("    x = 2 ** 62\n    y = x * 4\n    return y", "OverflowError", 5),
        Arguments.of("    x = 9223372036854775807\n    return x + len(df)", "OverflowError", 5),
        // locals and constants take the inlined overflow checks
        Arguments.of("    x = 9223372036854775807 + 0 * len(df)\n    return x + 1", "OverflowError", 5),
        Arguments.of("    x = -9223372036854775807 + 0 * len(df)\n    return x - 2", "OverflowError", 5),
        Arguments.of("    x = 9223372036854775807 + 0 * len(df)\n    y = len(df)\n    return x + y", "OverflowError",
            6),
        Arguments.of("    x = -9223372036854775807 + 0 * len(df)\n    y = len(df)\n    return x - y", "OverflowError",
            6),
        Arguments.of("    c = df['close'].values\n    i = len(c) + 0\n    return c[i]", "IndexError", 6),
        Arguments.of("    return math.sqrt(-1.0 * len(df))", "ValueError", 4),
        Arguments.of("    return math.log(0.0 * len(df))", "ValueError", 4),
        Arguments.of("    return int(np.nan * len(df))", "ValueError", 4));
  }

  @ParameterizedTest(name = "{1} at line {2}")
  @MethodSource("failures")
  void pythonFailureIsReportedWithTypeAndLine(String body, String type, int line) {
    RunResult r = screen(body);
    assertThat(r.failure()).get().isInstanceOf(Failure.RuntimeError.class);
    Failure.RuntimeError e = (Failure.RuntimeError) r.failure().get();
    assertThat(e.pythonType()).isEqualTo(type);
    assertThat(e.line()).isEqualTo(line);
  }

  @Test
  void numpyScalarsFollowIeeeInsteadOfRaising() {
    RunResult r = screen("    c = df['close'].values\n    z = c[0] - c[0]\n    return {'score': 1.0, 'inf': c[0] / z,"
        + " 'nan': z / z, 'log0': np.log(z)}");
    Map<String, Double> f = ((Output.Fields) r.output().orElseThrow()).fields();
    assertThat(f.get("inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(f.get("nan")).isNaN();
    assertThat(f.get("log0")).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void printOutputIsReturnedInTheLog() {
    RunResult r = screen("    print('bars', len(df), 0.1, 1e-05, 1e16, True, None)\n    return None");
    assertThat(r.output()).containsInstanceOf(Output.NotSelected.class);
    assertThat(r.log()).isEqualTo("bars 20 0.1 1e-05 1e+16 True None\n");
  }

  @Test
  void signalsOutsideTheUnitRangeAreInvalid() {
    String src = "import numpy as np\ndef generate_signals(df):\n    return np.full(len(df), 2.0)\n";
    RunResult r = HOST.run(TestBars.compile(src), TestBars.ramp(5), "generate_signals", Map.of());
    assertThat(r.failure()).get().isInstanceOf(Failure.InvalidOutput.class);
    assertThat(r.failure().get().message()).isEqualTo("invalid output: position 2.0 at bar 0 is outside [-1, 1]");
  }

  @Test
  void parametersOverrideDefaultsAndUnknownOnesAreRejected() {
    String src = "import numpy as np\ndef generate_signals(df, level=0.5, on=True):\n"
        + "    return np.full(len(df), level if on else 0.0)\n";
    CompiledStrategy s = TestBars.compile(src);
    RunResult r = HOST.run(s, TestBars.ramp(3), "generate_signals", Map.of("level", "0.25"));
    assertThat(((Output.Signals) r.output().orElseThrow()).positions()).containsExactly(0.25, 0.25, 0.25);
    RunResult bad = HOST.run(s, TestBars.ramp(3), "generate_signals", Map.of("nope", 1));
    assertThat(bad.failure().get().message()).isEqualTo("generate_signals has no parameter 'nope'");
  }

  @Test
  void sameInputsGiveBitIdenticalResults() {
    CompiledStrategy s = TestBars.compile("import numpy as np\nimport pandas as pd\ndef generate_signals(df):\n"
        + "    z = (df['close'] - df['close'].rolling(5).mean()) / df['close'].rolling(5).std()\n"
        + "    return (z.ewm(span=3).mean() / 3).clip(-1, 1)\n");
    double[] a = ((Output.Signals) HOST.run(s, TestBars.ramp(200), "generate_signals", Map.of()).output()
        .orElseThrow()).positions();
    double[] b = ((Output.Signals) HOST.run(s, TestBars.ramp(200), "generate_signals", Map.of()).output()
        .orElseThrow()).positions();
    for (int i = 0; i < a.length; i++) {
      assertThat(Double.doubleToRawLongBits(a[i])).isEqualTo(Double.doubleToRawLongBits(b[i]));
    }
  }
}
