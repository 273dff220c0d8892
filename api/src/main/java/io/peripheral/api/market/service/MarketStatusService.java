package io.peripheral.api.market.service;

import io.peripheral.api.market.repository.MarketCalendarRepository;
import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.calendar.MarketStatus;
import io.peripheral.schemas.calendar.TradingDay;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The market's status at an instant: the market_calendar rows around it (the table is tiny and changes daily at
 * most, so it is read per request) over the built-in NYSE rules, as {@link MarketCalendar} decides.
 */
@ApplicationScoped
public class MarketStatusService {
  /** The next open is never further away than this (the longest closures are a few days). */
  private static final int LOOK_AHEAD_DAYS = 60;
  private final MarketCalendarRepository repository;

  public MarketStatusService(MarketCalendarRepository repository) {
    this.repository = repository;
  }

  public Uni<MarketStatus> statusAt(Instant at) {
    LocalDate day = at.atZone(TradingDay.NEW_YORK).toLocalDate();
    return repository.between(day, day.plusDays(LOOK_AHEAD_DAYS))
        .map(rows -> MarketCalendar.withTable(rows).statusAt(at));
  }
}
