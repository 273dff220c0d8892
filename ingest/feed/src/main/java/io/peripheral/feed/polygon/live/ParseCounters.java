package io.peripheral.feed.polygon.live;

import java.util.concurrent.atomic.AtomicLong;

/** Counts of skipped input; each method increments and returns the new count (for sampled logging). */
public final class ParseCounters {
  private final AtomicLong malformedFrames = new AtomicLong();
  private final AtomicLong unknownEvents = new AtomicLong();
  private final AtomicLong invalidEvents = new AtomicLong();

  long malformedFrame() {
    return malformedFrames.incrementAndGet();
  }

  long unknownEvent() {
    return unknownEvents.incrementAndGet();
  }

  long invalidEvent() {
    return invalidEvents.incrementAndGet();
  }

  public long malformedFrames() {
    return malformedFrames.get();
  }

  public long unknownEvents() {
    return unknownEvents.get();
  }

  public long invalidEvents() {
    return invalidEvents.get();
  }
}
