package io.peripheral.feed.hotquote;

import io.peripheral.feed.FeedException;

/** A write to the hot-quote cache failed; the writer counts it, logs it and retries (it never stops the feed). */
public final class HotQuoteStoreException extends FeedException {
  public HotQuoteStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
