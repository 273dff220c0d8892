package io.peripheral.strategy.syntax;

import io.peripheral.strategy.Diagnostic;
import io.peripheral.strategy.DiagnosticCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Turns Python source into tokens, including NEWLINE/INDENT/DEDENT, reporting problems as diagnostics. */
public final class Lexer {
  private static final String[] OPS = {
    "**=", "//=", ">>=", "<<=", "->", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
    "^=", ">>", "<<", ":=", "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";",
    "&", "|", "^", "~", "@"
  };

  private final String src;
  private final List<Diagnostic> diagnostics;
  private final List<Token> out = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  private int depth;

  private Lexer(String src, List<Diagnostic> diagnostics) {
    this.src = src;
    this.diagnostics = diagnostics;
  }

  /** Tokenizes the source; problems are appended to diagnostics. */
  public static List<Token> lex(String src, List<Diagnostic> diagnostics) {
    Lexer lexer = new Lexer(src.replace("\r\n", "\n"), diagnostics);
    lexer.run();
    return lexer.out;
  }

  private void error(int l, int c, String msg) {
    diagnostics.add(Diagnostic.of(DiagnosticCode.E0001, src, l, c, msg));
  }

  private void run() {
    Deque<Integer> indents = new ArrayDeque<>();
    indents.push(0);
    boolean atLineStart = true;
    while (pos < src.length()) {
      if (atLineStart && depth == 0) {
        int col = 0;
        int p = pos;
        while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
          col += src.charAt(p) == '\t' ? 8 - (col % 8) : 1;
          p++;
        }
        if (p >= src.length() || src.charAt(p) == '\n' || src.charAt(p) == '#') {
          while (p < src.length() && src.charAt(p) != '\n') {
            p++;
          }
          pos = p;
          if (pos < src.length()) {
            pos++;
            line++;
            lineStart = pos;
          }
          continue;
        }
        pos = p;
        atLineStart = false;
        if (col > indents.peek()) {
          indents.push(col);
          out.add(new Token(Token.Kind.INDENT, "", line, col + 1));
        } else {
          while (col < indents.peek()) {
            indents.pop();
            out.add(new Token(Token.Kind.DEDENT, "", line, col + 1));
          }
          if (col != indents.peek()) {
            diagnostics.add(
                Diagnostic.of(DiagnosticCode.E0002, src, line, col + 1, "unindent does not match any outer level"));
          }
        }
      }
      char c = src.charAt(pos);
      int col = pos - lineStart + 1;
      if (c == '\n') {
        if (depth == 0) {
          out.add(new Token(Token.Kind.NEWLINE, "", line, col));
          atLineStart = true;
        }
        pos++;
        line++;
        lineStart = pos;
      } else if (c == ' ' || c == '\t' || c == '\f') {
        pos++;
      } else if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos += 2;
        line++;
        lineStart = pos;
      } else if (Character.isLetter(c) || c == '_') {
        int s = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
          pos++;
        }
        String word = src.substring(s, pos);
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')
            && word.matches("[rRbBuUfF]{1,2}")) {
          if (word.toLowerCase().contains("b")) {
            error(line, col, "bytes literals are not supported");
          }
          string(col);
          if (word.toLowerCase().contains("f")) {
            Token t = out.remove(out.size() - 1);
            out.add(new Token(Token.Kind.FSTRING, t.text(), t.line(), t.column()));
          }
        } else {
          out.add(new Token(Token.Kind.NAME, word, line, col));
        }
      } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
        number(col);
      } else if (c == '"' || c == '\'') {
        string(col);
      } else {
        String op = null;
        for (String o : OPS) {
          if (src.startsWith(o, pos)) {
            op = o;
            break;
          }
        }
        if (op == null) {
          error(line, col, "unexpected character '" + c + "'");
          pos++;
          continue;
        }
        if ("([{".contains(op)) {
          depth++;
        } else if (")]}".contains(op)) {
          depth = Math.max(0, depth - 1);
        }
        out.add(new Token(Token.Kind.OP, op, line, col));
        pos += op.length();
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1).kind() != Token.Kind.NEWLINE) {
      out.add(new Token(Token.Kind.NEWLINE, "", line, pos - lineStart + 1));
    }
    while (indents.peek() > 0) {
      indents.pop();
      out.add(new Token(Token.Kind.DEDENT, "", line, 1));
    }
    out.add(new Token(Token.Kind.EOF, "", line, 1));
  }

  private void number(int col) {
    int s = pos;
    boolean isFloat = false;
    if (src.startsWith("0x", pos) || src.startsWith("0X", pos)) {
      pos += 2;
      while (pos < src.length() && (Character.digit(src.charAt(pos), 16) >= 0 || src.charAt(pos) == '_')) {
        pos++;
      }
      String t = src.substring(s + 2, pos).replace("_", "");
      out.add(new Token(Token.Kind.INT, Long.toString(Long.parseUnsignedLong(t, 16)), line, col));
      return;
    }
    while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      pos++;
    }
    if (pos < src.length() && src.charAt(pos) == '.') {
      isFloat = true;
      pos++;
      while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        pos++;
      }
    }
    if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      int p = pos + 1;
      if (p < src.length() && (src.charAt(p) == '+' || src.charAt(p) == '-')) {
        p++;
      }
      if (p < src.length() && Character.isDigit(src.charAt(p))) {
        isFloat = true;
        pos = p;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
          pos++;
        }
      }
    }
    String text = src.substring(s, pos).replace("_", "");
    if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
      error(line, col, "complex numbers are not supported");
      pos++;
    }
    out.add(new Token(isFloat ? Token.Kind.FLOAT : Token.Kind.INT, text, line, col));
  }

  private void string(int col) {
    char q = src.charAt(pos);
    boolean triple = src.startsWith("" + q + q + q, pos);
    int startLine = line;
    pos += triple ? 3 : 1;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        error(startLine, col, "unterminated string literal");
        break;
      }
      char c = src.charAt(pos);
      if (triple && src.startsWith("" + q + q + q, pos)) {
        pos += 3;
        break;
      }
      if (!triple && c == q) {
        pos++;
        break;
      }
      if (!triple && c == '\n') {
        error(startLine, col, "unterminated string literal");
        break;
      }
      if (c == '\\' && pos + 1 < src.length()) {
        char n = src.charAt(pos + 1);
        pos += 2;
        switch (n) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case '\\' -> sb.append('\\');
          case '\'' -> sb.append('\'');
          case '"' -> sb.append('"');
          case '\n' -> {
            line++;
            lineStart = pos;
          }
          default -> sb.append('\\').append(n);
        }
        continue;
      }
      if (c == '\n') {
        line++;
        lineStart = pos + 1;
      }
      sb.append(c);
      pos++;
    }
    out.add(new Token(Token.Kind.STRING, sb.toString(), startLine, col));
  }
}
