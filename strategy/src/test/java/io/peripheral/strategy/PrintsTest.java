package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.runtime.Bars;
import io.peripheral.strategy.runtime.BarsCsv;
import io.peripheral.strategy.runtime.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each strategy in prints/ logs exactly what CPython printed for it (the .log beside it, scripts/regen_prints.py). */
class PrintsTest {
  static final Path PRINTS = Path.of("src/test/resources/prints");

  @TestFactory
  Stream<DynamicTest> printOutputMatchesCpython() throws IOException {
    Bars bars = BarsCsv.read(GoldenTest.BARS);
    return GoldenTest.sources(PRINTS).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> {
          String src = Files.readString(file);
          CompileResult r = StrategyCompiler.compile(src);
          assertThat(r.errors()).isEmpty();
          RunResult run = GoldenTest.HOST.run(r.strategy().orElseThrow(), bars, GoldenTest.entryOf(src), Map.of());
          assertThat(run.failure()).isEmpty();
          String expected = Files.readString(Path.of(file.toString().replaceAll("\\.py$", ".log")));
          assertThat(run.log()).isEqualTo(expected);
        }));
  }
}
