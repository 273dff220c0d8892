package io.peripheral.schemas.bar;

/**
 * Where a bar came from. When two bars share (symbol, interval, start) the one with the higher
 * {@link #precedence()} wins; within the same precedence the higher revision wins.
 */
public enum BarSource {
  LIVE(1),
  REPLAY(1),
  BACKFILL(2),
  REBUILD(3);

  private final int precedence;

  BarSource(int precedence) {
    this.precedence = precedence;
  }

  public int precedence() {
    return precedence;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static BarSource parse(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
