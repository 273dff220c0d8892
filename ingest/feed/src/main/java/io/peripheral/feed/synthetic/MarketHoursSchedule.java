package io.peripheral.feed.synthetic;

import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.calendar.TradingDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The US market's hours from a {@link MarketCalendar}: nothing overnight (after-hours end to 04:00), on weekends
 * and holidays; pre-market and after-hours at a low activity; the regular session, shortened on early-close days,
 * at full activity.
 */
public final class MarketHoursSchedule implements TradingSchedule {
  /** Extended hours see a few percent of the regular session's prints. */
  public static final double EXTENDED_ACTIVITY = 0.05;
  private final MarketCalendar calendar;

  public MarketHoursSchedule(MarketCalendar calendar) {
    this.calendar = calendar;
  }

  public MarketCalendar calendar() {
    return calendar;
  }

  @Override
  public Period periodAt(long epochNanos) {
    Instant t = instant(epochNanos);
    TradingDay day = calendar.dayOf(t);
    if (day.isOpen()) {
      long pre = nanos(day.preMarketOpen());
      long open = nanos(day.sessionOpen());
      long close = nanos(day.sessionClose());
      long end = nanos(day.afterHoursClose());
      if (epochNanos >= pre && epochNanos < open) {
        return new Period(pre, open, EXTENDED_ACTIVITY, "pre-market");
      }
      if (epochNanos >= open && epochNanos < close) {
        return new Period(open, close, 1, day.isEarlyClose() ? "regular session (early close at "
            + day.close() + ")" : "regular session");
      }
      if (epochNanos >= close && epochNanos < end) {
        return new Period(close, end, EXTENDED_ACTIVITY, "after-hours");
      }
    }
    TradingDay next = calendar.nextPreMarket(t);
    String why = day.isOpen() ? "overnight" : day.closedReason();
    return new Period(epochNanos, nanos(next.preMarketOpen()), 0, "market closed (" + why + ")");
  }

  @Override
  public Session sessionOn(LocalDate date) {
    TradingDay day = calendar.day(date);
    return day.isOpen() ? new Session(nanos(day.sessionOpen()), nanos(day.sessionClose())) : null;
  }

  private static Instant instant(long epochNanos) {
    return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
  }

  private static long nanos(ZonedDateTime t) {
    return t.toEpochSecond() * 1_000_000_000L;
  }
}
