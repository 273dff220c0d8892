package io.peripheral.schemas.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalTest {
  private static long ns(String iso) {
    Instant i = Instant.parse(iso);
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  @Test
  void intradayWindowsAlignToUtcEpochMultiples() {
    long t = ns("2024-01-02T14:37:12.345Z");
    assertThat(Interval.S1.windowStart(t)).isEqualTo(ns("2024-01-02T14:37:12Z"));
    assertThat(Interval.M1.windowStart(t)).isEqualTo(ns("2024-01-02T14:37:00Z"));
    assertThat(Interval.M5.windowStart(t)).isEqualTo(ns("2024-01-02T14:35:00Z"));
    assertThat(Interval.M15.windowStart(t)).isEqualTo(ns("2024-01-02T14:30:00Z"));
    assertThat(Interval.H1.windowStart(t)).isEqualTo(ns("2024-01-02T14:00:00Z"));
    assertThat(Interval.M15.windowEnd(ns("2024-01-02T14:30:00Z"))).isEqualTo(ns("2024-01-02T14:45:00Z"));
  }

  @Test
  void theDailyWindowIsTheNewYorkCalendarDay() {
    // 03:00 UTC on Jan 3 is still Jan 2 in New York (EST, UTC-5).
    long start = Interval.D1.windowStart(ns("2024-01-03T03:00:00Z"));
    assertThat(start).isEqualTo(ns("2024-01-02T05:00:00Z"));
    assertThat(Interval.D1.windowEnd(start)).isEqualTo(ns("2024-01-03T05:00:00Z"));
  }

  @Test
  void theSpringForwardDayLasts23Hours() {
    long start = Interval.D1.windowStart(ns("2024-03-10T15:00:00Z"));
    assertThat(start).isEqualTo(ns("2024-03-10T05:00:00Z"));
    assertThat(Interval.D1.windowEnd(start) - start).isEqualTo(23L * 3600 * 1_000_000_000L);
  }

  @Test
  void theFallBackDayLasts25Hours() {
    long start = Interval.D1.windowStart(ns("2024-11-03T15:00:00Z"));
    assertThat(start).isEqualTo(ns("2024-11-03T04:00:00Z"));
    assertThat(Interval.D1.windowEnd(start) - start).isEqualTo(25L * 3600 * 1_000_000_000L);
  }

  @Test
  void sessionsFollowNewYorkWallClockAcrossDst() {
    // 13:30 UTC is 09:30 EDT in summer but 08:30 EST in winter.
    assertThat(Session.of(Interval.M1, ns("2024-07-01T13:30:00Z"))).isEqualTo(Session.REGULAR);
    assertThat(Session.of(Interval.M1, ns("2024-01-02T13:30:00Z"))).isEqualTo(Session.PRE);
    assertThat(Session.of(Interval.M1, ns("2024-01-02T14:30:00Z"))).isEqualTo(Session.REGULAR);
    assertThat(Session.of(Interval.M1, ns("2024-01-02T21:00:00Z"))).isEqualTo(Session.POST);
    assertThat(Session.of(Interval.D1, ns("2024-01-02T05:00:00Z"))).isNull();
  }

  @Test
  void parsingAnUnknownCodeListsTheValidOnes() {
    assertThat(Interval.parse("15m")).isEqualTo(Interval.M15);
    assertThatThrownBy(() -> Interval.parse("2m")).hasMessageContaining("1s, 1m, 5m, 15m, 1h, 1d");
  }

  @Test
  void negativeTimestampsFloorRatherThanTruncate() {
    assertThat(Interval.M1.windowStart(-1)).isEqualTo(-60_000_000_000L);
  }
}
