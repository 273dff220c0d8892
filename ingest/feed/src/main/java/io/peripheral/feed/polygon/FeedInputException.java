package io.peripheral.feed.polygon;

import io.peripheral.feed.FeedException;

/** An input file cannot be replayed at all: missing, empty, unreadable, or without the required header. */
public final class FeedInputException extends FeedException {
  public FeedInputException(String message) {
    super(message);
  }

  public FeedInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
