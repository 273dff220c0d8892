package io.peripheral.schemas.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When the US-equity market trades. A day with a row in the {@code market_calendar} table (Polygon's
 * {@code /v1/marketstatus/upcoming}, which lists only holidays and early closes) is taken from that row; every
 * other day from {@link NyseRules}. So it needs no Polygon key, covers past years, and still learns from Polygon
 * about closures no rule predicts.
 */
public final class MarketCalendar {
  /** How far {@link #nextOpen} looks: no real calendar has a closure this long. */
  private static final int MAX_CLOSED_DAYS = 60;
  private final Map<LocalDate, TradingDay> table;
  private final List<String> ignored;

  private MarketCalendar(Map<LocalDate, TradingDay> table, List<String> ignored) {
    this.table = table;
    this.ignored = ignored;
  }

  /** The built-in NYSE rules alone. */
  public static MarketCalendar builtIn() {
    return new MarketCalendar(Map.of(), List.of());
  }

  /**
   * {@code rows} of the market_calendar table over the built-in rules. A row whose session cannot be a trading
   * day's (a close after 16:00, an open after its close) is ignored — its day falls back to the rules — and
   * named in {@link #ignoredRows()} for the caller to log.
   */
  public static MarketCalendar withTable(Collection<CalendarDay> rows) {
    Map<LocalDate, TradingDay> m = new TreeMap<>();
    List<String> ignored = new ArrayList<>();
    for (CalendarDay d : rows) {
      try {
        m.put(d.day(), fromRow(d));
      } catch (IllegalArgumentException e) {
        ignored.add(e.getMessage());
      }
    }
    return new MarketCalendar(Map.copyOf(m), List.copyOf(ignored));
  }

  /** Why table rows were ignored (empty normally). */
  public List<String> ignoredRows() {
    return ignored;
  }

  /** The New York day {@code d}. */
  public TradingDay day(LocalDate d) {
    TradingDay row = table.get(d);
    return row == null ? NyseRules.day(d) : row;
  }

  /** The New York day containing {@code t}. */
  public TradingDay dayOf(Instant t) {
    return day(t.atZone(TradingDay.NEW_YORK).toLocalDate());
  }

  public MarketPhase phaseAt(Instant t) {
    return dayOf(t).phaseAt(t);
  }

  /** Phase, day and next open at {@code t}. */
  public MarketStatus statusAt(Instant t) {
    TradingDay day = dayOf(t);
    return new MarketStatus(t, day.phaseAt(t), day, nextOpen(t).sessionOpen());
  }

  /** The first trading day whose regular session opens strictly after {@code t}. */
  public TradingDay nextOpen(Instant t) {
    return firstDay(t, d -> d.sessionOpen().toInstant());
  }

  /** The first trading day whose pre-market opens strictly after {@code t}. */
  public TradingDay nextPreMarket(Instant t) {
    return firstDay(t, d -> d.preMarketOpen().toInstant());
  }

  private TradingDay firstDay(Instant t, java.util.function.Function<TradingDay, Instant> start) {
    LocalDate first = t.atZone(TradingDay.NEW_YORK).toLocalDate();
    for (LocalDate d = first; !d.isAfter(first.plusDays(MAX_CLOSED_DAYS)); d = d.plusDays(1)) {
      TradingDay day = day(d);
      if (day.isOpen() && start.apply(day).isAfter(t)) {
        return day;
      }
    }
    throw new IllegalStateException("the market calendar has no trading day within " + MAX_CLOSED_DAYS
        + " days of " + first);
  }

  private static TradingDay fromRow(CalendarDay row) {
    String name = row.name();
    return switch (row.status()) {
      case CLOSED -> TradingDay.closed(row.day(), name, TradingDay.Source.TABLE);
      case EARLY_CLOSE -> TradingDay.earlyClose(row.day(), orDefault(row.open(), TradingDay.REGULAR_OPEN),
          row.close(), name, TradingDay.Source.TABLE);
      case OPEN -> new TradingDay(row.day(), TradingDay.Status.OPEN, name, orDefault(row.open(),
          TradingDay.REGULAR_OPEN), orDefault(row.close(), TradingDay.REGULAR_CLOSE), TradingDay.Source.TABLE);
    };
  }

  private static LocalTime orDefault(LocalTime t, LocalTime fallback) {
    return t != null ? t : fallback;
  }
}
