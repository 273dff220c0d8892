package io.peripheral.schemas.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One New York day of the US-equity market: closed (a weekend or a named holiday), an early close, or a regular
 * day, with its sessions. Pre-market runs from 04:00 to the open; after-hours runs four hours past the close
 * (16:00-20:00, or 13:00-17:00 after an early close), as on NYSE Arca and Nasdaq.
 *
 * @param name the holiday or early-close reason ({@code "Thanksgiving"}); null for weekends and ordinary days
 * @param open regular-session open, New York time; null when closed
 * @param close regular-session close, New York time; null when closed
 * @param source where the day came from: the market_calendar table or the built-in rules
 */
public record TradingDay(LocalDate date, Status status, String name, LocalTime open, LocalTime close, Source source) {
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  public static final LocalTime PRE_MARKET_OPEN = LocalTime.of(4, 0);
  public static final LocalTime REGULAR_OPEN = LocalTime.of(9, 30);
  public static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);
  /** After-hours ends this long after the regular close. */
  private static final long AFTER_HOURS_HOURS = 4;

  public enum Status { OPEN, EARLY_CLOSE, CLOSED }

  public enum Source { TABLE, RULES }

  public TradingDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    if (status == Status.CLOSED) {
      if (open != null || close != null) {
        throw new IllegalArgumentException(date + " is closed but has session times");
      }
    } else if (open == null || close == null || !open.isBefore(close) || open.isBefore(PRE_MARKET_OPEN)
        || close.isAfter(REGULAR_CLOSE)) {
      throw new IllegalArgumentException(date + ": session " + open + "-" + close + " is not within "
          + PRE_MARKET_OPEN + "-" + REGULAR_CLOSE);
    }
  }

  static TradingDay closed(LocalDate d, String name, Source source) {
    return new TradingDay(d, Status.CLOSED, name, null, null, source);
  }

  static TradingDay earlyClose(LocalDate d, LocalTime open, LocalTime close, String name, Source source) {
    return new TradingDay(d, Status.EARLY_CLOSE, name, open, close, source);
  }

  static TradingDay regular(LocalDate d, Source source) {
    return new TradingDay(d, Status.OPEN, null, REGULAR_OPEN, REGULAR_CLOSE, source);
  }

  public boolean isOpen() {
    return status != Status.CLOSED;
  }

  public boolean isEarlyClose() {
    return status == Status.EARLY_CLOSE;
  }

  /** Why the market is closed: the holiday's name, or "weekend"; null when open. */
  public String closedReason() {
    if (isOpen()) {
      return null;
    }
    return name != null ? name : "weekend";
  }

  public ZonedDateTime preMarketOpen() {
    return at(PRE_MARKET_OPEN);
  }

  public ZonedDateTime sessionOpen() {
    return at(open);
  }

  public ZonedDateTime sessionClose() {
    return at(close);
  }

  public ZonedDateTime afterHoursClose() {
    return at(close).plusHours(AFTER_HOURS_HOURS);
  }

  /** Which part of this day {@code t} falls in; CLOSED outside 04:00 to the end of after-hours. */
  public MarketPhase phaseAt(Instant t) {
    if (!isOpen() || t.isBefore(preMarketOpen().toInstant()) || !t.isBefore(afterHoursClose().toInstant())) {
      return MarketPhase.CLOSED;
    }
    if (t.isBefore(sessionOpen().toInstant())) {
      return MarketPhase.PRE_MARKET;
    }
    return t.isBefore(sessionClose().toInstant()) ? MarketPhase.REGULAR : MarketPhase.AFTER_HOURS;
  }

  private ZonedDateTime at(LocalTime time) {
    if (time == null) {
      throw new IllegalStateException("the market is closed on " + date);
    }
    return date.atTime(time).atZone(NEW_YORK);
  }
}
