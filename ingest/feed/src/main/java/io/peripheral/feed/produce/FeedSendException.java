package io.peripheral.feed.produce;

import io.peripheral.feed.FeedException;

/** Kafka did not accept a record (after the producer's own retries): the feed must stop, not drop ticks. */
public final class FeedSendException extends FeedException {
  public FeedSendException(String message, Throwable cause) {
    super(message, cause);
  }
}
