package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.runtime.Bars;
import io.peripheral.strategy.runtime.BarsCsv;
import io.peripheral.strategy.runtime.Failure;
import io.peripheral.strategy.runtime.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optional results of helper functions: which programs check (each narrowing form, run against CPython), where an
 * un-narrowed optional is reported (E0212, line and column), and what the None representation costs.
 */
class OptionalTest {
  @TempDir
  static Path dir;

  /** Programs using each narrowing form; every one must compile cleanly and agree with CPython. */
  static final List<String> NARROWING = List.of("""
      def find(c, level):
          for i in range(len(c)):
              if c[i] > level:
                  return i
          return None


      def screen(df):
          c = df['close'].values
          total = 0.0
          for level in [99.0, 101.0, 103.0, 250.0]:
              i = find(c, level)
              if i is None:
                  continue
              total += c[i] + i
          return total
      """, """
      def pick(c, k):
          if k < 0:
              return None
          if k >= len(c):
              return None
          return c[k]


      def screen(df):
          c = df['close'].values
          s = 0.0
          for k in range(-2, 5):
              v = pick(c, k * 100)
              if v is not None:
                  s += v
              if v is None or v > 100.0:
                  s += 1.0
              if v is not None and v < 100.0:
                  s -= 1.0
              if not v:
                  s += 0.5
              s += v if v is not None else -3.0
              if v == None:
                  s += 0.25
              if v != None:
                  s += v / 1000.0
              if v == c[0]:
                  s += 7.0
              w = pick(c, k)
              if w:
                  s += w
          return s
      """, """
      import numpy as np


      def next_up(c, i):
          j = i + 1
          while j < len(c):
              if c[j] > c[i]:
                  return j
              j += 1
          return None


      def safe_ratio(a, b):
          if b == 0.0:
              return None
          if a != a:
              return np.nan
          return a / b


      def describe(i):
          if i is None:
              return -1
          return i * 2


      def screen(df):
          c = df['close'].values
          i = next_up(c, 0)
          hops = 0
          while i is not None and hops < 50:
              hops += 1
              i = next_up(c, i)
          r = safe_ratio(np.nan, 2.0)
          z = safe_ratio(1.0, 0.0)
          return {"score": float(hops), "last": describe(i), "first": describe(next_up(c, 3)),
                  "nan_is_a_value": r is not None and r != r, "zero": z is None}
      """, """
      import typing
      from typing import Optional, Union


      def first_above(c, level: float) -> Optional[int]:
          for i in range(len(c)):
              if c[i] > level:
                  return i
          return None


      def inv(x: float) -> float | None:
          try:
              return 1 / x
          except ZeroDivisionError:
              return None


      def mid(a: Union[float, None], b: typing.Optional[float]) -> Union[float, None]:
          if a is None or b is None:
              return None
          return (a + b) / 2


      def screen(df):
          c = df['close'].values
          i: Optional[int] = first_above(c, 100.5)
          if i is None:
              return None
          m = mid(inv(float(c[i])), inv(0.0))
          n = mid(inv(2.0), inv(4.0))
          if m is not None:
              return -1.0
          return n
      """, """
      import numpy as np


      def swing_low(low, i, n):
          if i < n:
              return None
          w = low[i - n:i]
          k = int(np.argmin(w))
          return i - n + k, float(w[k])


      def generate_signals(df, n=10):
          low = df['low'].values
          close = df['close'].values
          pos = np.zeros(len(close))
          stop = None
          for i in range(len(close)):
              s = swing_low(low, i, n)
              if s is None:
                  continue
              j, level = s
              if stop is None or level > stop:
                  stop = level
              pos[i] = 1.0 if close[i] > stop else -1.0
              if i - j > n // 2:
                  stop = None
          return pos
      """, """
      def search(c, lo, hi, level):
          # the first index in [lo, hi) whose close is above level, by halving; None when there is none
          if lo >= hi:
              return None
          if hi - lo == 1:
              return lo if c[lo] > level else None
          mid = (lo + hi) // 2
          left = search(c, lo, mid, level)
          if left is not None:
              return left
          return search(c, mid, hi, level)


      def rising(c, i):
          if i == 0:
              return None
          return c[i] > c[i - 1]


      def screen(df):
          c = df['close'].values
          a = search(c, 0, len(c), 104.0)
          b = search(c, 0, len(c), 1000.0)
          up = 0
          for i in range(len(c)):
              r = rising(c, i)
              if r is None:
                  up += 100
              elif r:
                  up += 1
          if a is None or b is not None:
              return None
          return {"score": float(a), "up": up}
      """, """
      def find(c, level):
          for i in range(len(c)):
              if c[i] > level:
                  return i
          return None


      def maybe_zero(k):
          if k > 5:
              return None
          return k - 3


      def screen(df):
          c = df['close'].values
          s = 0.0
          for k in range(8):
              z = maybe_zero(k) or -10
              s += z
              f = find(c, 100.0 + k) or 0
              s += f * 0.5
              s += None or 2.5
          level = 108.0
          i = find(c, level)
          while i is None:
              level -= 1.0
              i = find(c, level)
          s += i + level
          w = maybe_zero(2) and 7
          if w is not None:
              s += w
          return s
      """, """
      def scaled(c, k=None):
          if k is None:
              k = 2.0
          return c[-1] * k


      def clipped(x, lo=None, hi=None):
          if lo is not None and x < lo:
              return lo
          if hi is not None and x > hi:
              return hi
          return x if lo is None or x != lo else x + 0.0


      def widen(n, c):
          if c:
              n = n * 0.5
          return n


      def screen(df):
          c = df['close'].values
          return {"score": scaled(c) + scaled(c, 0.5) + scaled(c, None),
                  "clip": clipped(float(c[-1]), 0.0, 50.0) + clipped(float(c[0])) + clipped(float(c[1]), hi=10.0),
                  "widen": widen(3, False) + widen(3, True)}
      """);

  @TestFactory
  Stream<DynamicTest> narrowingFormsCompileAndAgreeWithCpython() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < NARROWING.size(); i++) {
      Path f = dir.resolve("narrowing_" + i + ".py");
      Files.writeString(f, NARROWING.get(i));
      files.add(f);
    }
    Map<String, String> reference = Reference.runCpython(GoldenTest.BARS, "auto", files);
    Bars bars = BarsCsv.read(GoldenTest.BARS);
    return IntStream.range(0, files.size()).mapToObj(i -> DynamicTest.dynamicTest("narrowing " + i, () -> {
      String expected = reference.get(files.get(i).toString());
      assertThat(expected).as("CPython outcome").isNotNull().doesNotStartWith("error");
      assertThat(StrategyCompiler.compile(NARROWING.get(i)).diagnostics()).isEmpty();
      assertThat(Reference.compare(expected, GoldenTest.ours(files.get(i), bars))).as(NARROWING.get(i)).isNull();
    }));
  }

  static final String HELPER = """
      def f(c):
          if len(c) > 3:
              return c[0]
          return None


      def screen(df):
          c = df['close'].values
          x = f(c)
      """;

  /** The E0212 diagnostics of HELPER followed by body, as "line:column" (the body starts on line 10). */
  static List<String> e0212(String body) {
    return StrategyCompiler.compile(HELPER + body.stripIndent().indent(4)).diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.E0212).map(d -> d.line() + ":" + d.column()).toList();
  }

  @Test
  void testThatDoesNotExitLeavesTheValueOptional() {
    assertThat(e0212("""
        if x is None:
            print("none")
        return x + 1.0
        """)).containsExactly("12:12");
  }

  @Test
  void narrowingHoldsOnlyInsideTheBranchThatProvesIt() {
    assertThat(e0212("""
        if x is not None:
            y = x + 1.0
        return x * 2.0
        """)).containsExactly("12:12");
  }

  @Test
  void theWrongPolarityOfAnAndDoesNotNarrow() {
    assertThat(e0212("""
        if x is None and x > 1.0:
            return 1.0
        return 0.0
        """)).containsExactly("10:22");
  }

  @Test
  void aLoopThatReassignsTheValueForgetsItsNarrowingAtTheTop() {
    assertThat(e0212("""
        if x is None:
            return None
        y = x * 2.0
        for i in range(3):
            y = x * 2.0
            x = f(c)
        return y
        """)).containsExactly("14:13");
  }

  @Test
  void anExceptHandlerCannotRelyOnAssignmentsInTheTryBody() {
    assertThat(e0212("""
        try:
            x = 1.0
            y = x / 0.0
        except ZeroDivisionError:
            y = x * 3.0
        return y
        """)).containsExactly("14:13");
  }

  @Test
  void usingACallResultDirectlyIsReportedAtTheCall() {
    assertThat(e0212("""
        return f(c) + 1.0
        """)).containsExactly("10:12");
  }

  @Test
  void messageNamesTheJoinedOptionalTypeAndTheFix() {
    CompileResult r = StrategyCompiler.compile("""
        def g(k):
            if k > 2:
                return None
            if k > 1:
                return 1
            return 2.5


        def screen(df):
            v = g(len(df))
            return v * 2
        """);
    assertThat(r.errors()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.E0212);
      assertThat(d.message()).contains("'v' may be None here (Optional[float])").contains("v is None");
      assertThat(d.line()).isEqualTo(11);
    });
  }

  @Test
  void annotationsMustAgreeWithTheOptionalValueType() {
    String src = """
        from typing import Optional


        def g(k) -> Optional[%s]:
            if k > 2:
                return None
            return k / 2


        def screen(df):
            return g(len(df))
        """;
    assertThat(StrategyCompiler.compile(src.formatted("float")).diagnostics()).isEmpty();
    assertThat(StrategyCompiler.compile(src.formatted("int")).errors()).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.E0207);
  }

  @Test
  void generateSignalsCannotReturnAnOptionalArray() {
    CompileResult r = StrategyCompiler.compile("""
        import numpy as np


        def sig(df):
            if len(df) < 5:
                return None
            return np.zeros(len(df))


        def generate_signals(df):
            return sig(df)
        """);
    assertThat(r.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.E0209);
  }

  @Test
  void anOptionalIntCannotHoldTheSmallestInt64WhichMeansNone() {
    // -2**63 is the pattern an Optional[int] reserves for None: storing it fails loudly instead of reading as None
    CompiledStrategy s = TestBars.compile("""
        def g(k):
            if k < 0:
                return None
            return -9223372036854775807 - k


        def screen(df):
            v = g(len(df) - len(df) + 1)
            if v is None:
                return 1.0
            return 2.0
        """);
    RunResult run = GoldenTest.HOST.run(s, TestBars.ramp(10), "screen", Map.of());
    assertThat(run.failure()).get().isInstanceOfSatisfying(Failure.RuntimeError.class,
        e -> assertThat(e.pythonType()).isEqualTo("OverflowError"));
  }

  @Test
  void anOptionalFloatIsOneF64WithANanPayloadForNoneAndNoAllocation() {
    String wat = TestBars.compile("""
        def above(c, i, level):
            if c[i] > level:
                return c[i]
            return None


        def screen(df):
            c = df['close'].values
            n = 0.0
            for i in range(len(c)):
                v = above(c, i, 100.0)
                if v is not None:
                    n += v
            return n
        """).wat();
    int start = wat.indexOf("(func $f_above");
    String helper = wat.substring(start, wat.indexOf("(func ", start + 1));
    assertThat(helper).contains("(result f64)").contains("f64.const nan:0x").doesNotContain("__alloc");
  }
}
