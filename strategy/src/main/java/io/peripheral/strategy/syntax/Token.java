package io.peripheral.strategy.syntax;

/** One lexical token; line and column are 1-based. */
public record Token(Kind kind, String text, int line, int column) {
  /** Token categories. */
  public enum Kind {
    NAME,
    INT,
    FLOAT,
    STRING,
    /** An f-string's text, escapes decoded, braces not yet parsed. */
    FSTRING,
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    EOF
  }

  public boolean is(String op) {
    return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
  }
}
