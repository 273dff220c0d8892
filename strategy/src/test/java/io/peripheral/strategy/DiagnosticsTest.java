package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Error sources under src/test/resources/errors mark each expected diagnostic with a comment line below the offending
 * line: a caret under the column and the code, e.g. {@code #   ^ error: E0104}. One compile must report all of them.
 */
class DiagnosticsTest {
  static final Pattern MARK = Pattern.compile("^(\\s*#\\s*)\\^\\s*(?:error|warning):\\s*(\\w\\d{4})\\s*$");

  static Set<String> expected(List<String> lines) {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARK.matcher(lines.get(i));
      if (m.matches()) {
        String line = lines.get(i);
        // "#^" marks column 1 (a comment cannot put a caret there)
        int caret = line.trim().startsWith("#^") ? line.indexOf('#') + 1 : line.indexOf('^') + 1;
        int target = i;
        while (target > 0 && MARK.matcher(lines.get(target - 1)).matches()) {
          target--;
        }
        out.add(target + ":" + caret + " " + m.group(2));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyAnnotatedDiagnosticIsReportedAtItsLineAndColumn() throws IOException {
    return GoldenTest.sources(Path.of("src/test/resources/errors")).stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
          String src = Files.readString(file);
          CompileResult r = StrategyCompiler.compile(src);
          Set<String> actual = new TreeSet<>();
          r.diagnostics().forEach(d -> actual.add(d.line() + ":" + d.column() + " " + d.code()));
          assertThat(actual).as(file.toString()).isEqualTo(expected(src.lines().toList()));
          assertThat(r.ok()).isEqualTo(r.errors().isEmpty());
        }));
  }

  @Test
  void diagnosticCarriesSeverityMessageAndCaretExcerpt() {
    CompileResult r = StrategyCompiler.compile("import numpy as np\n\ndef generate_signals(df):\n"
        + "    return np.polyfit(df['close'].values, 1)\n");
    Diagnostic d = r.errors().get(0);
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.code()).isEqualTo(DiagnosticCode.E0104);
    assertThat(d.message()).contains("np.polyfit is not supported").contains("docs/strategy-language.md");
    assertThat(d.excerpt()).isEqualTo("    return np.polyfit(df['close'].values, 1)\n              ^");
  }

  @Test
  void everyDiagnosticCodeHasAnExample() {
    for (DiagnosticCode c : DiagnosticCode.values()) {
      assertThat(c.example()).as(c.name()).isNotBlank();
      assertThat(c.severity()).isEqualTo(c.name().startsWith("W") ? Severity.WARNING : Severity.ERROR);
    }
  }

  @Test
  void sourceWithoutEntryPointIsAnError() {
    CompileResult r = StrategyCompiler.compile("x = 1\n");
    assertThat(r.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.E0209);
  }
}
