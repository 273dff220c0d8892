package io.peripheral.strategy;

/** An internal compiler failure (a bug), never a user mistake: those are diagnostics. */
public class StrategyCompileException extends StrategyException {
  public StrategyCompileException(String message, Throwable cause) {
    super(message, cause);
  }
}
