package io.peripheral.schemas.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The market at one instant: the phase, the New York day it belongs to, and the next regular-session open after
 * it (tomorrow's when the market is open now).
 */
public record MarketStatus(Instant at, MarketPhase phase, TradingDay day, ZonedDateTime nextOpen) {
  public MarketStatus {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(nextOpen, "nextOpen");
  }
}
