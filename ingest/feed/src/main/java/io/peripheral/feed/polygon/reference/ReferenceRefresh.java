package io.peripheral.feed.polygon.reference;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The Polygon feed service's daily reload of the reference tables, checked on the same schedule as
 * {@code ReferenceData}. A failure is logged and retried at the next check; the tables keep their rows.
 */
public final class ReferenceRefresh {
  private static final Logger LOG = Logger.getLogger(ReferenceRefresh.class);
  private final Runnable load;
  private final Supplier<Instant> clock;
  private final Duration maxAge;
  private volatile Instant loadedAt;

  /** A refresh of every kind through {@code loader}. */
  public static ReferenceRefresh daily(ReferenceLoader loader) {
    return new ReferenceRefresh(() -> loader.load(EnumSet.allOf(ReferenceKind.class)), Instant::now,
        Duration.ofDays(1));
  }

  /** {@code load} runs a whole load and throws when it fails. */
  public ReferenceRefresh(Runnable load, Supplier<Instant> clock, Duration maxAge) {
    this.load = load;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  /** Loads everything when never loaded or older than the maximum age; true when a load ran and succeeded. */
  public boolean refreshIfStale() {
    Instant at = loadedAt;
    if (at != null && Duration.between(at, clock.get()).compareTo(maxAge) < 0) {
      return false;
    }
    try {
      load.run();
      loadedAt = clock.get();
      return true;
    } catch (RuntimeException e) {
      LOG.warnf("could not refresh Polygon reference tables (%s); retrying at the next check", e.getMessage());
      return false;
    }
  }
}
