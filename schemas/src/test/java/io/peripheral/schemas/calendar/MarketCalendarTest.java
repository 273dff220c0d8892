package io.peripheral.schemas.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketCalendarTest {
  private final MarketCalendar rules = MarketCalendar.builtIn();

  @ParameterizedTest(name = "{0} is closed for {1}")
  @CsvSource(delimiter = '|', value = {
      "2024-01-01|New Year's Day",
      "2024-01-15|Martin Luther King, Jr. Day",
      "2024-02-19|Washington's Birthday",
      "2024-03-29|Good Friday",
      "2024-05-27|Memorial Day",
      "2024-06-19|Juneteenth",
      "2024-07-04|Independence Day",
      "2024-09-02|Labor Day",
      "2024-11-28|Thanksgiving",
      "2024-12-25|Christmas",
      "2026-01-01|New Year's Day",
      "2026-01-19|Martin Luther King, Jr. Day",
      "2026-02-16|Washington's Birthday",
      "2026-04-03|Good Friday",
      "2026-05-25|Memorial Day",
      "2026-06-19|Juneteenth",
      "2026-07-03|Independence Day",
      "2026-09-07|Labor Day",
      "2026-11-26|Thanksgiving",
      "2026-12-25|Christmas",
      "2022-06-20|Juneteenth",
      "2021-12-24|Christmas",
      "2021-07-05|Independence Day",
      "2023-01-02|New Year's Day",
      "2022-12-26|Christmas",
      "2027-12-24|Christmas",
      "2019-04-19|Good Friday",
      "2025-04-18|Good Friday",
      "2025-01-09|National Day of Mourning (Jimmy Carter)"})
  void holidaysAreClosedWithTheirNames(LocalDate day, String name) {
    TradingDay d = rules.day(day);
    assertThat(d.isOpen()).isFalse();
    assertThat(d.name()).isEqualTo(name);
    assertThat(d.closedReason()).isEqualTo(name);
    assertThat(d.source()).isEqualTo(TradingDay.Source.RULES);
  }

  @ParameterizedTest(name = "{0} is an ordinary trading day")
  @CsvSource({
      "2021-12-31", // New Year's Day 2022 fell on a Saturday: not observed on the Friday before
      "2027-12-31", // the same in 2028
      "2021-06-18", // Juneteenth was not a market holiday before 2022
      "2022-07-01", // July 4 on a Monday: the Friday before is a full day
      "2020-07-02", // July 4 on a Saturday, observed Friday July 3: no early close on Thursday
      "2022-12-23", // Christmas on a Sunday: Friday the 23rd is a full day
      "2024-03-11", // Monday after the spring DST switch
      "2024-11-04"}) // Monday after the autumn DST switch
  void ordinaryDaysTradeTheFullSession(LocalDate day) {
    TradingDay d = rules.day(day);
    assertThat(d.status()).isEqualTo(TradingDay.Status.OPEN);
    assertThat(d.open()).isEqualTo(LocalTime.of(9, 30));
    assertThat(d.close()).isEqualTo(LocalTime.of(16, 0));
    assertThat(d.name()).isNull();
  }

  @ParameterizedTest(name = "{0} closes at 13:00")
  @CsvSource({"2024-07-03", "2024-11-29", "2024-12-24", "2025-07-03", "2023-07-03", "2026-11-27", "2026-12-24"})
  void earlyClosesEndTheSessionAtOnePmAndAfterHoursAtFive(LocalDate day) {
    TradingDay d = rules.day(day);
    assertThat(d.status()).isEqualTo(TradingDay.Status.EARLY_CLOSE);
    assertThat(d.sessionClose().toLocalTime()).isEqualTo(LocalTime.of(13, 0));
    assertThat(d.afterHoursClose().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
    assertThat(d.name()).contains("early close");
  }

  @Test
  void weekendsAreClosedWithoutAHolidayName() {
    TradingDay saturday = rules.day(LocalDate.of(2024, 3, 9));
    assertThat(saturday.isOpen()).isFalse();
    assertThat(saturday.name()).isNull();
    assertThat(saturday.closedReason()).isEqualTo("weekend");
  }

  @Test
  void easterFollowsTheGregorianComputus() {
    assertThat(NyseRules.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(NyseRules.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(NyseRules.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(NyseRules.easter(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
  }

  @Test
  void phasesFollowNewYorkTimeAcrossTheSpringDstSwitch() {
    // Friday 2024-03-08 is EST (UTC-5), Monday 2024-03-11 EDT (UTC-4)
    assertThat(rules.phaseAt(Instant.parse("2024-03-08T14:29:59Z"))).isEqualTo(MarketPhase.PRE_MARKET);
    assertThat(rules.phaseAt(Instant.parse("2024-03-08T14:30:00Z"))).isEqualTo(MarketPhase.REGULAR);
    assertThat(rules.phaseAt(Instant.parse("2024-03-11T13:30:00Z"))).isEqualTo(MarketPhase.REGULAR);
    assertThat(rules.phaseAt(Instant.parse("2024-03-11T13:29:59Z"))).isEqualTo(MarketPhase.PRE_MARKET);
    assertThat(rules.phaseAt(Instant.parse("2024-03-11T08:00:00Z"))).isEqualTo(MarketPhase.PRE_MARKET);
    assertThat(rules.phaseAt(Instant.parse("2024-03-11T07:59:59Z"))).isEqualTo(MarketPhase.CLOSED);
    assertThat(rules.phaseAt(Instant.parse("2024-03-10T15:00:00Z"))).isEqualTo(MarketPhase.CLOSED);
  }

  @Test
  void phasesFollowNewYorkTimeAcrossTheAutumnDstSwitch() {
    // Friday 2024-11-01 is EDT, Monday 2024-11-04 EST
    assertThat(rules.phaseAt(Instant.parse("2024-11-01T19:59:59Z"))).isEqualTo(MarketPhase.REGULAR);
    assertThat(rules.phaseAt(Instant.parse("2024-11-01T20:00:00Z"))).isEqualTo(MarketPhase.AFTER_HOURS);
    assertThat(rules.phaseAt(Instant.parse("2024-11-02T00:00:00Z"))).isEqualTo(MarketPhase.CLOSED);
    assertThat(rules.phaseAt(Instant.parse("2024-11-04T20:59:59Z"))).isEqualTo(MarketPhase.REGULAR);
    assertThat(rules.phaseAt(Instant.parse("2024-11-04T21:00:00Z"))).isEqualTo(MarketPhase.AFTER_HOURS);
    assertThat(rules.phaseAt(Instant.parse("2024-11-05T00:59:59Z"))).isEqualTo(MarketPhase.AFTER_HOURS);
    assertThat(rules.phaseAt(Instant.parse("2024-11-05T01:00:00Z"))).isEqualTo(MarketPhase.CLOSED);
  }

  @Test
  void afterAnEarlyCloseAfterHoursRunFromOneToFive() {
    assertThat(rules.phaseAt(Instant.parse("2024-07-03T16:59:59Z"))).isEqualTo(MarketPhase.REGULAR);
    assertThat(rules.phaseAt(Instant.parse("2024-07-03T17:00:00Z"))).isEqualTo(MarketPhase.AFTER_HOURS);
    assertThat(rules.phaseAt(Instant.parse("2024-07-03T20:59:59Z"))).isEqualTo(MarketPhase.AFTER_HOURS);
    assertThat(rules.phaseAt(Instant.parse("2024-07-03T21:00:00Z"))).isEqualTo(MarketPhase.CLOSED);
  }

  @Test
  void theNextOpenSkipsWeekendsAndHolidaysAndIsTomorrowsWhileOpen() {
    // Wednesday before Thanksgiving 2026, at midday: Thursday is closed, Friday opens
    MarketStatus s = rules.statusAt(Instant.parse("2026-11-25T17:00:00Z"));
    assertThat(s.phase()).isEqualTo(MarketPhase.REGULAR);
    assertThat(s.nextOpen()).isEqualTo(ZonedDateTime.parse("2026-11-27T09:30-05:00[America/New_York]"));
    MarketStatus thanksgiving = rules.statusAt(Instant.parse("2026-11-26T15:00:00Z"));
    assertThat(thanksgiving.phase()).isEqualTo(MarketPhase.CLOSED);
    assertThat(thanksgiving.day().closedReason()).isEqualTo("Thanksgiving");
    // Friday after the spring-forward weekend: Monday opens at 13:30 UTC
    assertThat(rules.nextOpen(Instant.parse("2024-03-08T22:00:00Z")).sessionOpen().toInstant())
        .isEqualTo(Instant.parse("2024-03-11T13:30:00Z"));
    // before the open the same day is next; exactly at the open, the next day's
    assertThat(rules.nextOpen(Instant.parse("2024-03-11T13:29:59Z")).date()).isEqualTo(LocalDate.of(2024, 3, 11));
    assertThat(rules.nextOpen(Instant.parse("2024-03-11T13:30:00Z")).date()).isEqualTo(LocalDate.of(2024, 3, 12));
    // Good Friday 2024 and the weekend after it
    assertThat(rules.nextOpen(Instant.parse("2024-03-28T21:00:00Z")).date()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(rules.nextPreMarket(Instant.parse("2024-03-28T21:00:00Z")).preMarketOpen())
        .isEqualTo(ZonedDateTime.parse("2024-04-01T04:00-04:00[America/New_York]"));
  }

  @Test
  void tableRowsWinOverTheRulesForTheirDaysOnly() {
    MarketCalendar cal = MarketCalendar.withTable(List.of(
        new CalendarDay(LocalDate.of(2030, 3, 13), CalendarDay.Status.CLOSED, null, null, "Unscheduled closure"),
        new CalendarDay(LocalDate.of(2026, 11, 27), CalendarDay.Status.EARLY_CLOSE, LocalTime.of(9, 30),
            LocalTime.of(12, 0), "Thanksgiving")));
    TradingDay closed = cal.day(LocalDate.of(2030, 3, 13));
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.closedReason()).isEqualTo("Unscheduled closure");
    assertThat(closed.source()).isEqualTo(TradingDay.Source.TABLE);
    TradingDay early = cal.day(LocalDate.of(2026, 11, 27));
    assertThat(early.sessionClose().toLocalTime()).isEqualTo(LocalTime.of(12, 0));
    assertThat(early.afterHoursClose().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
    assertThat(cal.day(LocalDate.of(2030, 3, 12)).source()).isEqualTo(TradingDay.Source.RULES);
    assertThat(cal.nextOpen(Instant.parse("2030-03-12T21:00:00Z")).date()).isEqualTo(LocalDate.of(2030, 3, 14));
  }

  @Test
  void aTableRowThatCannotBeATradingDayIsIgnoredAndNamed() {
    MarketCalendar cal = MarketCalendar.withTable(List.of(new CalendarDay(LocalDate.of(2024, 7, 3),
        CalendarDay.Status.EARLY_CLOSE, LocalTime.of(9, 30), LocalTime.of(18, 0), "odd")));
    assertThat(cal.day(LocalDate.of(2024, 7, 3)).source()).isEqualTo(TradingDay.Source.RULES);
    assertThat(cal.day(LocalDate.of(2024, 7, 3)).close()).isEqualTo(LocalTime.of(13, 0));
    assertThat(cal.ignoredRows()).singleElement().asString().contains("2024-07-03");
  }

  @Test
  void aSessionOutsideTheTradingDayIsRejected() {
    assertThatThrownBy(() -> new TradingDay(LocalDate.of(2024, 1, 2), TradingDay.Status.OPEN, null,
        LocalTime.of(9, 30), LocalTime.of(18, 0), TradingDay.Source.TABLE))
        .hasMessageContaining("not within 04:00-16:00");
  }
}
