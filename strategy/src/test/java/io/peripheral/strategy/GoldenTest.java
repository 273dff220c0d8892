package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.runtime.Bars;
import io.peripheral.strategy.runtime.BarsCsv;
import io.peripheral.strategy.runtime.RunResult;
import io.peripheral.strategy.runtime.StrategyHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each golden strategy, compiled and run on fixed bars, matches the output CPython produced (a .expected file). */
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path BARS = Path.of("src/test/resources/bars/bars_400.csv");
  /** Shared by the golden, differential and docs tests; its worker threads are daemons. */
  static final StrategyHost HOST = StrategyHost.builder().build();

  static List<Path> sources(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
    }
  }

  static String entryOf(String src) {
    return src.contains("def generate_signals(") ? "generate_signals" : "screen";
  }

  static String ours(Path file, Bars bars) throws IOException {
    String src = Files.readString(file);
    CompileResult r = StrategyCompiler.compile(src);
    assertThat(r.errors()).as("diagnostics of " + file).isEmpty();
    RunResult run = HOST.run(r.strategy().orElseThrow(), bars, entryOf(src), Map.of());
    return Reference.block(run);
  }

  @TestFactory
  Stream<DynamicTest> goldenStrategiesMatchCpythonOutputs() throws IOException {
    Bars bars = BarsCsv.read(BARS);
    return sources(GOLDEN).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String expected = Files.readString(Path.of(file.toString().replace(".py", ".expected"))).lines()
          .filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));
      String diff = Reference.compare(expected, ours(file, bars));
      assertThat(diff).as(file.toString()).isNull();
    }));
  }
}
