package io.peripheral.feed;

/** Root of the feed's unchecked exceptions: something failed that the feed cannot recover from. */
public class FeedException extends RuntimeException {
  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
