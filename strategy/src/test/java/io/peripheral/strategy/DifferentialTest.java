package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.runtime.Bars;
import io.peripheral.strategy.runtime.BarsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential tests: the same sources run under CPython + numpy + pandas (at test time) and under our compiler must
 * agree — the golden corpus, the examples, and generated programs from {@link ProgramFuzzer}.
 */
class DifferentialTest {
  static final int FUZZ_PROGRAMS = 40;

  @TempDir
  static Path dir;

  static Stream<DynamicTest> compare(List<Path> files) {
    Map<String, String> reference = Reference.runCpython(GoldenTest.BARS, "auto", files);
    Bars bars = BarsCsv.read(GoldenTest.BARS);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String expected = reference.get(f.toString());
      assertThat(expected).as("CPython outcome of " + f).isNotNull().doesNotStartWith("error");
      String diff = Reference.compare(expected, GoldenTest.ours(f, bars));
      assertThat(diff).as(f + "\n" + Files.readString(f)).isNull();
    }));
  }

  @TestFactory
  Stream<DynamicTest> corpusAndExamplesAgreeWithCpython() throws IOException {
    List<Path> files = new ArrayList<>(GoldenTest.sources(GoldenTest.GOLDEN));
    files.addAll(GoldenTest.sources(Path.of("examples")));
    return compare(files);
  }

  @TestFactory
  Stream<DynamicTest> generatedProgramsAgreeWithCpython() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < FUZZ_PROGRAMS; i++) {
      Path f = dir.resolve("fuzz_" + i + ".py");
      Files.writeString(f, new ProgramFuzzer(1000 + i).program());
      files.add(f);
    }
    Path huge = dir.resolve("huge_function.py");
    Files.writeString(huge, ProgramFuzzer.hugeFunction(150));
    files.add(huge);
    return compare(files);
  }
}
