package io.peripheral.feed.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.calendar.MarketPhase;
import io.peripheral.schemas.trade.Trade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synthetic generator under {@code SYNTHETIC_HOURS=market}: it trades when the US market does. */
class MarketHoursTradesTest {
  private final MarketCalendar calendar = MarketCalendar.builtIn();
  private final MarketHoursSchedule schedule = new MarketHoursSchedule(calendar);

  private static long ns(String instant) {
    Instant t = Instant.parse(instant);
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(0, nanos);
  }

  private List<Trade> until(SyntheticTrades source, String end) {
    long stop = ns(end);
    List<Trade> out = new ArrayList<>();
    while (source.clockNanos() < stop) {
      out.add(source.next());
    }
    return out;
  }

  @Test
  void onAHolidayTheClockJumpsToTheNextPreMarketAndNoTradeFallsInClosedTime() {
    // Thanksgiving 2026, noon: nothing until Friday 04:00 New York (09:00Z)
    SyntheticTrades source = new SyntheticTrades(SyntheticSettings.defaults().withRate(5).withLateFraction(0.05),
        Instant.parse("2026-11-26T17:00:00Z"), schedule);
    assertThat(instant(source.clockNanos())).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    assertThat(source.period().label()).isEqualTo("pre-market");
    // through the early close (13:00) and its after-hours (to 17:00), into the weekend and Monday's pre-market
    List<Trade> trades = until(source, "2026-11-30T09:30:00Z");
    assertThat(trades.stream().map(t -> instant(t.sipTimestamp()))
        .filter(t -> calendar.phaseAt(t) == MarketPhase.CLOSED).toList()).isEmpty();
    assertThat(trades.stream().filter(t -> t.sipTimestamp() > ns("2026-11-30T09:00:00Z")).count()).isPositive();
  }

  @Test
  void extendedHoursAreQuietAndAnEarlyCloseEndsTheRegularSessionAtOne() {
    SyntheticTrades source = new SyntheticTrades(SyntheticSettings.defaults().withRate(10).withLateFraction(0),
        Instant.parse("2026-11-27T09:00:00Z"), schedule);
    List<Trade> day = until(source, "2026-11-28T05:00:00Z");
    long pre = count(day, "2026-11-27T09:00:00Z", "2026-11-27T14:30:00Z");
    long regular = count(day, "2026-11-27T14:30:00Z", "2026-11-27T18:00:00Z");
    long after = count(day, "2026-11-27T18:00:00Z", "2026-11-27T22:00:00Z");
    long later = count(day, "2026-11-27T22:00:00Z", "2026-11-28T05:00:00Z");
    // 3.5 h of regular session at 10/s; 5.5 h of pre-market and 4 h of after-hours at 5 %
    assertThat(regular).isCloseTo(35 * 360 * 10L, within(2L));
    assertThat(pre).isCloseTo((long) (5.5 * 3600 * 10 * MarketHoursSchedule.EXTENDED_ACTIVITY), within(2L));
    assertThat(after).isCloseTo((long) (4 * 3600 * 10 * MarketHoursSchedule.EXTENDED_ACTIVITY), within(2L));
    assertThat(later).isZero();
  }

  @Test
  void theUShapeCompressesIntoAnEarlyClosesSession() {
    SyntheticTrades source = new SyntheticTrades(SyntheticSettings.defaults(), Instant.parse("2026-11-27T09:00:00Z"),
        schedule);
    // 09:30-13:00 New York: the middle is 11:15 (16:15Z), the close 13:00 (18:00Z)
    assertThat(source.intradayVolatility(ns("2026-11-27T14:30:00Z"))).isEqualTo(3.0);
    assertThat(source.intradayVolatility(ns("2026-11-27T16:15:00Z"))).isCloseTo(1.0, within(1e-9));
    assertThat(source.intradayVolatility(ns("2026-11-27T18:00:00Z"))).isEqualTo(3.0);
    assertThat(source.intradayVolatility(ns("2026-11-27T19:00:00Z"))).isEqualTo(0.5);
    assertThat(source.intradayVolatility(ns("2026-11-26T16:00:00Z"))).as("Thanksgiving").isEqualTo(0.5);
  }

  @Test
  void theSameSeedAndStartGiveTheSameTradesAcrossClosures() {
    Instant start = Instant.parse("2024-03-09T00:58:00Z"); // Friday 19:58 New York, then the DST weekend
    List<Trade> a = firstN(new SyntheticTrades(SyntheticSettings.defaults().withRate(50), start, schedule), 20_000);
    List<Trade> b = firstN(new SyntheticTrades(SyntheticSettings.defaults().withRate(50), start,
        new MarketHoursSchedule(MarketCalendar.builtIn())), 20_000);
    assertThat(b.stream().map(t -> t.symbol() + t.sipTimestamp() + t.price()).toList())
        .isEqualTo(a.stream().map(t -> t.symbol() + t.sipTimestamp() + t.price()).toList());
    // Monday's pre-market starts at 04:00 EDT = 08:00Z after the switch
    assertThat(a.stream().filter(t -> t.sipTimestamp() >= ns("2024-03-11T08:00:00Z")).count()).isPositive();
    assertThat(a.stream().filter(t -> t.sipTimestamp() >= ns("2024-03-09T01:00:00Z")
        && t.sipTimestamp() < ns("2024-03-11T08:00:00Z")).count()).isZero();
  }

  @Test
  void alwaysKeepsTheOldBehaviourOfOneUninterruptedClock() {
    SyntheticTrades source = new SyntheticTrades(SyntheticSettings.defaults().withRate(1000).withLateFraction(0),
        Instant.parse("2026-11-26T17:00:00Z"), TradingSchedule.always());
    assertThat(instant(source.next().sipTimestamp())).isEqualTo(Instant.parse("2026-11-26T17:00:00Z"));
    assertThat(SyntheticHours.parse(" Always ")).isEqualTo(SyntheticHours.ALWAYS);
    assertThatThrownBy(() -> SyntheticHours.parse("weekdays")).hasMessageContaining("market or always")
        .hasMessageContaining("'weekdays'");
  }

  private static long count(List<Trade> trades, String from, String to) {
    long f = ns(from);
    long t = ns(to);
    return trades.stream().filter(x -> x.sipTimestamp() >= f && x.sipTimestamp() < t).count();
  }

  private static List<Trade> firstN(SyntheticTrades source, int n) {
    List<Trade> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(source.next());
    }
    return out;
  }
}
