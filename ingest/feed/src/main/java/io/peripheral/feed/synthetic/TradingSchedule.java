package io.peripheral.feed.synthetic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When and how busily the synthetic market trades. Time is cut into periods of constant activity (a fraction of
 * the configured rate; 0 while closed); the regular session of each day shapes the volatility.
 */
public interface TradingSchedule {
  ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /**
   * A stretch {@code [startNanos, endNanos)} of constant activity.
   *
   * @param activity share of the configured rate, 0 (closed) to 1 (the regular session)
   * @param label what the period is, for logs ({@code "regular session"}, {@code "closed (Thanksgiving)"})
   */
  record Period(long startNanos, long endNanos, double activity, String label) {
    public Period {
      if (endNanos <= startNanos) {
        throw new IllegalArgumentException("empty period " + label);
      }
      if (activity < 0 || activity > 1) {
        throw new IllegalArgumentException("activity must be within [0, 1], was " + activity);
      }
    }

    public boolean closed() {
      return activity == 0;
    }
  }

  /** The regular session of one New York day, epoch nanoseconds. */
  record Session(long openNanos, long closeNanos) {
  }

  /** The period containing {@code epochNanos}. */
  Period periodAt(long epochNanos);

  /** The regular session of {@code day}, or null when the market is closed that day. */
  Session sessionOn(LocalDate day);

  /** Full activity around the clock, with a 09:30-16:00 session every day: the generator before the calendar. */
  static TradingSchedule always() {
    Period forever = new Period(Long.MIN_VALUE, Long.MAX_VALUE, 1, "always");
    return new TradingSchedule() {
      @Override
      public Period periodAt(long epochNanos) {
        return forever;
      }

      @Override
      public Session sessionOn(LocalDate day) {
        return new Session(nanos(day, LocalTime.of(9, 30)), nanos(day, LocalTime.of(16, 0)));
      }
    };
  }

  static long nanos(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(NEW_YORK).toEpochSecond() * 1_000_000_000L;
  }
}
