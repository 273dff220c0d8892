package io.peripheral.feed.polygon.live;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Reconnect delays: exponential from {@code initial} to {@code max} with ±{@code jitter} so that many clients do
 * not reconnect in step. The attempt count is reset only by a session that stayed up for {@code stableAfter},
 * never by a mere auth_success: a connection that authenticates and is then evicted again must not reconnect at
 * once. A {@code max_connections} eviction (another connection with the same key took over) waits at least
 * {@code evictedFloor}, doubling with each consecutive eviction up to 8 times that floor.
 */
public final class Backoff {
  private final long initialMs;
  private final long maxMs;
  private final long evictedFloorMs;
  private final Duration stableAfter;
  private final double jitter;
  private final DoubleSupplier random;
  private int attempt;
  private int evictions;

  public Backoff(Duration initial, Duration max, Duration evictedFloor, Duration stableAfter, double jitter,
      DoubleSupplier random) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max, was " + initial + ", " + max);
    }
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
    }
    this.initialMs = initial.toMillis();
    this.maxMs = max.toMillis();
    this.evictedFloorMs = evictedFloor.toMillis();
    this.stableAfter = stableAfter;
    this.jitter = jitter;
    this.random = random;
  }

  /** The delay before the next connection attempt, given how the last session ended and how long it lasted. */
  public synchronized Duration next(boolean evicted, Duration sessionLasted) {
    if (sessionLasted.compareTo(stableAfter) >= 0) {
      attempt = 0;
      evictions = 0;
    }
    long base = Math.min(maxMs, initialMs << Math.min(attempt, 30));
    attempt++;
    if (evicted) {
      evictions++;
    }
    if (evictions > 0) {
      base = Math.max(base, evictedFloorMs << Math.min(evictions - 1, 3));
    }
    double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
    return Duration.ofMillis(Math.max(1, Math.round(base * factor)));
  }

  public synchronized int attempt() {
    return attempt;
  }
}
