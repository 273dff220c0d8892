package io.peripheral.feed.polygon;

/** Where readers report malformed rows. */
@FunctionalInterface
public interface RejectSink {
  /** Drops rejects: used when a file is only scanned (the real pass reports them). */
  RejectSink DISCARD = r -> { };

  void reject(Reject reject);
}
