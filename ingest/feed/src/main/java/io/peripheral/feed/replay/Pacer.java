package io.peripheral.feed.replay;

import java.util.concurrent.locks.LockSupport;

/**
 * Holds a replay to event-time pace: the tick with SIP time t is released no earlier than
 * {@code wallStart + (t - firstSip) / factor}. While waiting it runs {@code idle} (flushing lingering batches).
 */
final class Pacer {
  private static final long MAX_PARK_NANOS = 20_000_000L;
  private final Speed speed;
  private long firstSip = Long.MIN_VALUE;
  private long wallStart;

  Pacer(Speed speed) {
    this.speed = speed;
  }

  void await(long sipNanos, Runnable idle) {
    if (speed.isMax()) {
      return;
    }
    if (firstSip == Long.MIN_VALUE) {
      firstSip = sipNanos;
      wallStart = System.nanoTime();
      return;
    }
    long due = wallStart + (long) ((sipNanos - firstSip) / speed.factor());
    for (long wait = due - System.nanoTime(); wait > 1_000_000L; wait = due - System.nanoTime()) {
      idle.run();
      LockSupport.parkNanos(Math.min(wait, MAX_PARK_NANOS));
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
