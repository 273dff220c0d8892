package io.peripheral.strategy;

import java.util.Objects;

/** A problem found in a strategy source: plain data, shown inline by editors and printed by the CLI. */
public record Diagnostic(Severity severity, DiagnosticCode code, int line, int column, String message, String excerpt) {
  public Diagnostic {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(code);
    Objects.requireNonNull(message);
    Objects.requireNonNull(excerpt);
  }

  /** Builds a diagnostic whose excerpt is the source line with a caret under the column (1-based). */
  public static Diagnostic of(DiagnosticCode code, String source, int line, int column, String message) {
    return new Diagnostic(code.severity(), code, line, column, message, excerpt(source, line, column));
  }

  static String excerpt(String source, int line, int column) {
    String[] lines = source.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return "";
    }
    String text = lines[line - 1].stripTrailing();
    return text + "\n" + " ".repeat(Math.max(0, column - 1)) + "^";
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one-line form used by the CLI: {@code 3:5: error E0104: message}. */
  public String format() {
    return line + ":" + column + ": " + severity.name().toLowerCase() + " " + code + ": " + message + "\n" + excerpt;
  }
}
