package io.peripheral.strategy.syntax;

import io.peripheral.strategy.Diagnostic;
import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.syntax.Node.Expr;
import io.peripheral.strategy.syntax.Node.FormatField;
import io.peripheral.strategy.syntax.Node.Pos;
import io.peripheral.strategy.syntax.Node.StrLit;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an f-string token into literal text and {expr!conv:spec} fields ({{ and }} are literal braces). Nested
 * fields inside a spec and the {x=} debugging form are not supported (a diagnostic at the f-string).
 */
final class FStrings {
  private FStrings() {}

  static void parse(Token t, List<Expr> out, List<Diagnostic> diags, String src) {
    String s = t.text();
    Pos pos = new Pos(t.line(), t.column());
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{' || c == '}' && i + 1 < s.length()
          && s.charAt(i + 1) == '}') {
        lit.append(c);
        i += 2;
      } else if (c == '}') {
        error(diags, src, t, "single '}' is not allowed in an f-string");
        return;
      } else if (c == '{') {
        int end = fieldEnd(s, i + 1);
        if (end < 0) {
          error(diags, src, t, "f-string: expecting '}'");
          return;
        }
        if (lit.length() > 0) {
          out.add(new StrLit(pos, lit.toString()));
          lit.setLength(0);
        }
        FormatField f = field(s.substring(i + 1, end), t, diags, src);
        if (f == null) {
          return;
        }
        out.add(f);
        i = end + 1;
      } else {
        lit.append(c);
        i++;
      }
    }
    if (lit.length() > 0) {
      out.add(new StrLit(pos, lit.toString()));
    }
  }

  /** Index of the '}' closing a field that starts at from, skipping brackets and quoted strings; -1 if none. */
  private static int fieldEnd(String s, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
        depth--;
      } else if (c == '}') {
        return i;
      }
    }
    return -1;
  }

  private static FormatField field(String body, Token t, List<Diagnostic> diags, String src) {
    // the expression ends at the first top-level '!' (not '!=') or ':'
    int depth = 0;
    char quote = 0;
    int cut = body.length();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (depth == 0 && (c == ':' || c == '!' && (i + 1 >= body.length() || body.charAt(i + 1) != '='))) {
        cut = i;
        break;
      }
    }
    String expr = body.substring(0, cut);
    char conv = 0;
    String spec = "";
    String rest = body.substring(cut);
    if (rest.startsWith("!")) {
      if (rest.length() < 2 || "rs".indexOf(rest.charAt(1)) < 0 || rest.length() > 2 && rest.charAt(2) != ':') {
        error(diags, src, t, "f-string conversions supported: !r and !s");
        return null;
      }
      conv = rest.charAt(1);
      rest = rest.substring(2);
    }
    if (rest.startsWith(":")) {
      spec = rest.substring(1);
    }
    if (spec.contains("{") || spec.contains("}")) {
      error(diags, src, t, "nested fields in an f-string format spec are not supported");
      return null;
    }
    if (expr.strip().endsWith("=") && !expr.strip().endsWith("==")) {
      error(diags, src, t, "the f-string {x=} form is not supported; write 'x=' before the field");
      return null;
    }
    if (expr.isBlank()) {
      error(diags, src, t, "f-string: empty expression not allowed");
      return null;
    }
    List<Diagnostic> sub = new ArrayList<>();
    Expr e = Parser.parseField(expr.strip(), t.line(), t.column(), sub);
    if (e == null) {
      error(diags, src, t, "invalid expression in f-string field '{" + body + "}'");
      return null;
    }
    return new FormatField(new Pos(t.line(), t.column()), e, conv, spec);
  }

  private static void error(List<Diagnostic> diags, String src, Token t, String msg) {
    diags.add(Diagnostic.of(DiagnosticCode.E0001, src, t.line(), t.column(), msg));
  }
}
