package io.peripheral.strategy;

/** Root of every unchecked exception thrown by the strategy module. */
public class StrategyException extends RuntimeException {
  public StrategyException(String message) {
    super(message);
  }

  public StrategyException(String message, Throwable cause) {
    super(message, cause);
  }
}
