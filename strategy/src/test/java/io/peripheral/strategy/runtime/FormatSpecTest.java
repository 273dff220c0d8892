package io.peripheral.strategy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case of format/cases.tsv (CPython's format(value, spec)) formats the same, or is rejected when Python does. */
class FormatSpecTest {
  @TestFactory
  Stream<DynamicTest> formatsLikeCpython() throws IOException {
    return Files.readAllLines(Path.of("src/test/resources/format/cases.tsv")).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> {
          String[] f = l.split("\t", -1);
          String kind = f[0];
          String value = f[1];
          String spec = f[2];
          String expected = f[3];
          return DynamicTest.dynamicTest(kind + " " + value + " '" + spec + "'", () -> {
            FormatSpec.Kind k = FormatSpec.Kind.valueOf(kind.toUpperCase());
            String problem = FormatSpec.check(spec, k);
            if (expected.equals("ERROR")) {
              assertThat(problem).as("Python rejects this spec").isNotNull();
              return;
            }
            assertThat(problem).isNull();
            String got = switch (k) {
              case FLOAT -> spec.isEmpty() ? PyFormat.repr(Double.longBitsToDouble(Long.parseLong(value)))
                  : FormatSpec.format(Double.longBitsToDouble(Long.parseLong(value)), spec);
              case INT -> FormatSpec.format(Long.parseLong(value), spec);
              case STR -> FormatSpec.format(value, spec);
            };
            assertThat(got).isEqualTo(expected);
          });
        });
  }
}
