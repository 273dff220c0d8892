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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every python example in docs/strategy-language.md compiles, runs, and matches CPython running the same file. */
class DocsTest {
  static final Path DOC = Path.of("../docs/strategy-language.md");

  @TempDir
  static Path dir;

  static List<String> examples() throws IOException {
    Matcher m = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedExampleMatchesCpython() throws IOException {
    List<String> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Path f = dir.resolve("example_" + i + ".py");
      Files.writeString(f, examples.get(i));
      files.add(f);
    }
    Map<String, String> reference = Reference.runCpython(GoldenTest.BARS, "auto", files);
    Bars bars = BarsCsv.read(GoldenTest.BARS);
    return IntStream.range(0, files.size()).mapToObj(i -> DynamicTest.dynamicTest("example " + (i + 1), () -> {
      String expected = reference.get(files.get(i).toString());
      assertThat(expected).as("CPython outcome").doesNotStartWith("error");
      assertThat(Reference.compare(expected, GoldenTest.ours(files.get(i), bars))).as(examples.get(i)).isNull();
    }));
  }
}
