package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * {@link Session#of} with the New York day of the last call remembered (its 09:30 and 16:00 as epoch ns), so a
 * bar's session costs two comparisons instead of a time-zone conversion. One instance per processor (not
 * thread-safe). {@code SessionClockTest} checks it against {@link Session#of}, DST days included.
 */
final class SessionClock {
  private static final long NS = 1_000_000_000L;
  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  private long dayStart = Long.MAX_VALUE;
  private long dayEnd = Long.MIN_VALUE;
  private long open;
  private long close;

  Session of(Interval interval, long startNs) {
    if (!interval.isIntraday()) {
      return null;
    }
    if (startNs < dayStart || startNs >= dayEnd) {
      dayStart = Interval.D1.windowStart(startNs);
      dayEnd = Interval.D1.windowEnd(dayStart);
      LocalDate day = Instant.ofEpochSecond(Math.floorDiv(dayStart, NS)).atZone(Interval.MARKET_ZONE).toLocalDate();
      open = day.atTime(OPEN).atZone(Interval.MARKET_ZONE).toEpochSecond() * NS;
      close = day.atTime(CLOSE).atZone(Interval.MARKET_ZONE).toEpochSecond() * NS;
    }
    if (startNs < open) {
      return Session.PRE;
    }
    return startNs < close ? Session.REGULAR : Session.POST;
  }
}
