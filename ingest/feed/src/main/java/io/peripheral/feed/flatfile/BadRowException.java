package io.peripheral.feed.flatfile;

/** Why the current row is rejected; cheap (no stack trace): malformed rows are data, not bugs. */
public final class BadRowException extends RuntimeException {
  public BadRowException(String message) {
    super(message, null, false, false);
  }
}
