package io.peripheral.feed.polygon.live;

import java.time.Instant;

/**
 * A hole in the live input, bounded by event times: from the last trade received before it to the first trade
 * received after it (both inclusive: either may share its timestamp with missed trades; de-duplication removes
 * what did arrive). Event times, not the wall clock, because the delayed feed and replays run behind it.
 */
public record Gap(long fromNanos, long toNanos, String reason) {
  public Gap {
    if (fromNanos <= 0 || toNanos < fromNanos) {
      throw new IllegalArgumentException("bad gap [" + fromNanos + ", " + toNanos + "]");
    }
  }

  @Override
  public String toString() {
    return reason + " " + Instant.ofEpochSecond(0, fromNanos) + " .. " + Instant.ofEpochSecond(0, toNanos);
  }
}
