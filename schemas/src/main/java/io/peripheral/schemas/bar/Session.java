package io.peripheral.schemas.bar;

import java.time.Instant;
import java.time.LocalTime;

/** The US-equity trading session a bar starts in, by America/New_York wall-clock time. */
public enum Session {
  /** Before 09:30 New York time (the pre-market opens at 04:00). */
  PRE,
  /** 09:30 to 16:00 New York time. */
  REGULAR,
  /** From 16:00 New York time (the post-market runs to 20:00). */
  POST;

  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  /** The session of an intraday window starting at {@code startNs}; {@code null} for daily bars. */
  public static Session of(Interval interval, long startNs) {
    if (!interval.isIntraday()) {
      return null;
    }
    LocalTime local = Instant.ofEpochSecond(Math.floorDiv(startNs, 1_000_000_000L), Math.floorMod(startNs, 1_000_000_000L))
        .atZone(Interval.MARKET_ZONE).toLocalTime();
    if (local.isBefore(OPEN)) {
      return PRE;
    }
    return local.isBefore(CLOSE) ? REGULAR : POST;
  }
}
