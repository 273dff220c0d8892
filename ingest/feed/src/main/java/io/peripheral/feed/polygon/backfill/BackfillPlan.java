package io.peripheral.feed.polygon.backfill;

import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.calendar.TradingDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The REST windows a {@link BackfillRange} needs once the market calendar has had its say: closed days (weekends,
 * holidays) are skipped rather than requested; a trading day is its whole New York day, except that an early-close
 * day ends with its after-hours (17:00), when the market's day is over. Adjacent days merge into one window, so a
 * plain week is one request stream per symbol.
 */
public record BackfillPlan(List<Window> windows, List<TradingDay> skipped) {
  /** SIP nanoseconds {@code [startNanos, endNanos)}. */
  public record Window(long startNanos, long endNanos) {
  }

  public BackfillPlan {
    windows = List.copyOf(windows);
    skipped = List.copyOf(skipped);
  }

  /** Fails when every day of the range is closed: there is nothing to load. */
  public static BackfillPlan of(BackfillRange range, MarketCalendar calendar) {
    List<Window> windows = new ArrayList<>();
    List<TradingDay> skipped = new ArrayList<>();
    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
      TradingDay day = calendar.day(d);
      if (!day.isOpen()) {
        skipped.add(day);
        continue;
      }
      long start = nanos(d.atStartOfDay(BackfillRange.NEW_YORK).toEpochSecond());
      long end = day.isEarlyClose() ? nanos(day.afterHoursClose().toEpochSecond())
          : nanos(d.plusDays(1).atStartOfDay(BackfillRange.NEW_YORK).toEpochSecond());
      Window last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && last.endNanos() == start) {
        windows.set(windows.size() - 1, new Window(last.startNanos(), end));
      } else {
        windows.add(new Window(start, end));
      }
    }
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("the market is closed on every day of " + range.from() + ".." + range.to()
          + " (" + describe(skipped) + "): nothing to backfill");
    }
    return new BackfillPlan(windows, skipped);
  }

  /** {@code "skipped 2024-01-01 (New Year's Day)"}, one per closed day. */
  public List<String> skippedLines() {
    return skipped.stream().map(d -> "skipped " + d.date() + " (" + d.closedReason() + ")").toList();
  }

  private static String describe(List<TradingDay> days) {
    return String.join(", ", days.stream().map(d -> d.date() + " " + d.closedReason()).toList());
  }

  private static long nanos(long epochSecond) {
    return epochSecond * 1_000_000_000L;
  }
}
