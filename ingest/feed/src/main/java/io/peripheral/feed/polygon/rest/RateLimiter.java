package io.peripheral.feed.polygon.rest;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/** Spaces requests at least {@code 1/rate} seconds apart (across threads): Polygon's plans limit requests. */
final class RateLimiter {
  private final long spacingNanos;
  private final LongSupplier nanoClock;
  private long next;

  RateLimiter(double perSecond, LongSupplier nanoClock) {
    this.spacingNanos = (long) (1_000_000_000L / perSecond);
    this.nanoClock = nanoClock;
    this.next = nanoClock.getAsLong();
  }

  /** Reserves the next slot and returns how long to wait for it (nanoseconds). */
  synchronized long reserve() {
    long now = nanoClock.getAsLong();
    long slot = Math.max(now, next);
    next = slot + spacingNanos;
    return slot - now;
  }

  void acquire() {
    long wait = reserve();
    long deadline = System.nanoTime() + wait;
    while (wait > 0) {
      LockSupport.parkNanos(wait);
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        throw new PolygonRestException("interrupted while waiting for the request rate limit");
      }
      wait = deadline - System.nanoTime();
    }
  }
}
