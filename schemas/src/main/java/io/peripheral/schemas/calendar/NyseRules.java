package io.peripheral.schemas.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * The NYSE's published holiday and early-close rules, so the calendar works without Polygon and for past years
 * Polygon's {@code upcoming} list no longer covers. Valid from 1998 (when MLK Day became a market holiday); a few
 * unscheduled closures (days of mourning, 9/11, Hurricane Sandy) are listed because no rule can derive them.
 */
public final class NyseRules {
  /** Early closes end the regular session at 13:00 New York. */
  public static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);
  private static final int JUNETEENTH_FROM = 2022;
  private static final Map<LocalDate, String> UNSCHEDULED = Map.ofEntries(
      Map.entry(LocalDate.of(2001, 9, 11), "September 11 attacks"),
      Map.entry(LocalDate.of(2001, 9, 12), "September 11 attacks"),
      Map.entry(LocalDate.of(2001, 9, 13), "September 11 attacks"),
      Map.entry(LocalDate.of(2001, 9, 14), "September 11 attacks"),
      Map.entry(LocalDate.of(2004, 6, 11), "National Day of Mourning (Ronald Reagan)"),
      Map.entry(LocalDate.of(2007, 1, 2), "National Day of Mourning (Gerald Ford)"),
      Map.entry(LocalDate.of(2012, 10, 29), "Hurricane Sandy"),
      Map.entry(LocalDate.of(2012, 10, 30), "Hurricane Sandy"),
      Map.entry(LocalDate.of(2018, 12, 5), "National Day of Mourning (George H. W. Bush)"),
      Map.entry(LocalDate.of(2025, 1, 9), "National Day of Mourning (Jimmy Carter)"));

  private NyseRules() {}

  /** The trading day {@code d} by the rules alone. */
  public static TradingDay day(LocalDate d) {
    if (isWeekend(d)) {
      return TradingDay.closed(d, null, TradingDay.Source.RULES);
    }
    String holiday = holiday(d);
    if (holiday != null) {
      return TradingDay.closed(d, holiday, TradingDay.Source.RULES);
    }
    String early = earlyClose(d);
    if (early != null) {
      return TradingDay.earlyClose(d, TradingDay.REGULAR_OPEN, EARLY_CLOSE, early, TradingDay.Source.RULES);
    }
    return TradingDay.regular(d, TradingDay.Source.RULES);
  }

  /** The name of the holiday (or unscheduled closure) that closes the market on weekday {@code d}, or null. */
  static String holiday(LocalDate d) {
    int y = d.getYear();
    // New Year's Day falling on a Saturday is not observed on the Friday before (NYSE rule 7.2): that Friday
    // closes the previous year and trades normally.
    LocalDate newYear = LocalDate.of(y, 1, 1);
    if (d.equals(newYear.getDayOfWeek() == DayOfWeek.SUNDAY ? newYear.plusDays(1) : newYear)) {
      return "New Year's Day";
    }
    if (d.equals(nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3))) {
      return "Martin Luther King, Jr. Day";
    }
    if (d.equals(nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3))) {
      return "Washington's Birthday";
    }
    if (d.equals(easter(y).minusDays(2))) {
      return "Good Friday";
    }
    if (d.equals(LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))) {
      return "Memorial Day";
    }
    if (y >= JUNETEENTH_FROM && d.equals(observed(LocalDate.of(y, 6, 19)))) {
      return "Juneteenth";
    }
    if (d.equals(observed(LocalDate.of(y, 7, 4)))) {
      return "Independence Day";
    }
    if (d.equals(nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))) {
      return "Labor Day";
    }
    if (d.equals(thanksgiving(y))) {
      return "Thanksgiving";
    }
    if (d.equals(observed(LocalDate.of(y, 12, 25)))) {
      return "Christmas";
    }
    return UNSCHEDULED.get(d);
  }

  /** Why weekday {@code d} closes at 13:00, or null when it does not. Never a holiday. */
  static String earlyClose(LocalDate d) {
    if (isWeekend(d) || holiday(d) != null) {
      return null; // e.g. July 3 is the observed Independence Day when July 4 is a Saturday
    }
    int y = d.getYear();
    if (d.equals(LocalDate.of(y, 7, 3))) {
      return "Independence Day (early close)";
    }
    if (d.equals(thanksgiving(y).plusDays(1))) {
      return "Day after Thanksgiving (early close)";
    }
    if (d.equals(LocalDate.of(y, 12, 24))) {
      return "Christmas Eve (early close)";
    }
    return null;
  }

  static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** A fixed-date holiday on a Saturday is observed the Friday before, on a Sunday the Monday after. */
  private static LocalDate observed(LocalDate holiday) {
    return switch (holiday.getDayOfWeek()) {
      case SATURDAY -> holiday.minusDays(1);
      case SUNDAY -> holiday.plusDays(1);
      default -> holiday;
    };
  }

  private static LocalDate thanksgiving(int year) {
    return nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
  }

  private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
