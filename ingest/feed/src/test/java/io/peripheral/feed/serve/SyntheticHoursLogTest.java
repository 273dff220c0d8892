package io.peripheral.feed.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.synthetic.MarketHoursSchedule;
import io.peripheral.feed.synthetic.SyntheticHours;
import io.peripheral.feed.synthetic.TradingSchedule;
import io.peripheral.schemas.calendar.MarketCalendar;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyntheticHoursLogTest {
  private final TradingSchedule schedule = new MarketHoursSchedule(MarketCalendar.builtIn());

  private static long ns(String instant) {
    return Instant.parse(instant).getEpochSecond() * 1_000_000_000L;
  }

  @Test
  void onAHolidayItSaysWhyTheFeedIsIdleAndUntilWhenThenWhatItTrades() {
    SyntheticHoursLog log = new SyntheticHoursLog(schedule, SyntheticHours.MARKET, 1000);
    long thanksgivingNoon = ns("2026-11-26T17:00:00Z");
    // the generator's next trade is at Friday's pre-market
    TradingSchedule.Period friday = schedule.periodAt(ns("2026-11-27T09:00:00Z"));
    log.observe(friday, thanksgivingNoon);
    assertThat(log.state()).isEqualTo("market closed (Thanksgiving) until 2026-11-27T04:00-05:00");
    log.observe(friday, ns("2026-11-27T09:00:00Z"));
    assertThat(log.state()).isEqualTo("pre-market — synthetic feed at 50 ticks/s until 2026-11-27T09:30-05:00");
    log.observe(schedule.periodAt(ns("2026-11-27T14:30:00Z")), ns("2026-11-27T14:30:00Z"));
    assertThat(log.state()).isEqualTo(
        "regular session (early close at 13:00) — synthetic feed at 1000 ticks/s until 2026-11-27T13:00-05:00");
  }

  @Test
  void alwaysSaysItIgnoresTheCalendar() {
    SyntheticHoursLog log = new SyntheticHoursLog(TradingSchedule.always(), SyntheticHours.ALWAYS, 1000);
    log.observe(TradingSchedule.always().periodAt(0), ns("2026-11-26T17:00:00Z"));
    assertThat(log.state()).contains("SYNTHETIC_HOURS=always");
  }
}
