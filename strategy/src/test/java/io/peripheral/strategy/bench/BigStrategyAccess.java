package io.peripheral.strategy.bench;

/** Test access to the generated ~200-line benchmark strategy. */
public final class BigStrategyAccess {
  private BigStrategyAccess() {}

  public static String source() {
    return BigStrategy.source(0);
  }
}
