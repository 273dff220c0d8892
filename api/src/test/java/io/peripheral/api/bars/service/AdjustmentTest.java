package io.peripheral.api.bars.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustmentTest {
  private static final LocalDate SPLIT_DAY = LocalDate.of(2024, 6, 10);

  /** A regular-session minute bar at {@code hh:mm} New York time on {@code day}. */
  private static Bar bar(LocalDate day, int hh, int mm, double close, double volume) {
    long start = ZonedDateTime.of(day.atTime(hh, mm), Interval.MARKET_ZONE).toEpochSecond() * 1_000_000_000L;
    return new Bar("NVDA", Interval.M1, start, close - 1, close + 1, close - 2, close, volume, close - 0.5, 7,
        Session.of(Interval.M1, start), true, BarSource.LIVE, 2, "v1");
  }

  @Test
  void halvesPricesAndDoublesVolumeBeforeATwoForOneSplitOnly() {
    Adjustment a = new Adjustment(List.of(new Adjustment.SplitEvent(SPLIT_DAY, 1, 2)), List.of());
    Bar before = bar(SPLIT_DAY.minusDays(3), 15, 59, 1200, 500);
    Bar adjusted = a.apply(before);
    assertThat(adjusted.close()).isEqualTo(600);
    assertThat(adjusted.open()).isEqualTo(599.5);
    assertThat(adjusted.high()).isEqualTo(600.5);
    assertThat(adjusted.low()).isEqualTo(599);
    assertThat(adjusted.vwap()).isEqualTo(599.75);
    assertThat(adjusted.volume()).isEqualTo(1000);
    assertThat(adjusted.tradeCount()).isEqualTo(7);
    assertThat(adjusted.revision()).isEqualTo(2);
    Bar onTheDay = bar(SPLIT_DAY, 9, 30, 120, 500);
    assertThat(a.apply(onTheDay)).isSameAs(onTheDay);
  }

  @Test
  void usesTheNewYorkDayOfTheBarNotTheUtcDay() {
    // 21:00 New York on the eve of the split is already the split day in UTC; it is still adjusted
    Bar eveningBefore = bar(SPLIT_DAY.minusDays(1), 21, 0, 100, 10);
    Adjustment a = new Adjustment(List.of(new Adjustment.SplitEvent(SPLIT_DAY, 1, 10)), List.of());
    assertThat(a.apply(eveningBefore).close()).isEqualTo(10);
  }

  @Test
  void multipliesFactorsOfAllLaterSplitsIncludingReverseOnes() {
    Adjustment a = new Adjustment(List.of(new Adjustment.SplitEvent(LocalDate.of(2020, 8, 31), 1, 4),
        new Adjustment.SplitEvent(LocalDate.of(2023, 1, 3), 10, 1)), List.of());
    Bar early = a.apply(bar(LocalDate.of(2020, 1, 2), 10, 0, 300, 4000));
    assertThat(early.close()).isCloseTo(300 * 0.25 * 10, within(1e-9));
    assertThat(early.volume()).isCloseTo(4000 * 4 / 10.0, within(1e-9));
    Bar between = a.apply(bar(LocalDate.of(2021, 1, 4), 10, 0, 120, 100));
    assertThat(between.close()).isCloseTo(1200, within(1e-9));
    assertThat(between.volume()).isCloseTo(10, within(1e-9));
  }

  @Test
  void dividendScalesPricesByOneMinusCashOverPreviousCloseAndLeavesVolume() {
    LocalDate ex = LocalDate.of(2024, 2, 9);
    Adjustment a = new Adjustment(List.of(), List.of(new Adjustment.DividendEvent(ex, 2, 200)));
    Bar before = a.apply(bar(ex.minusDays(1), 15, 0, 200, 50));
    assertThat(before.close()).isCloseTo(198, within(1e-9));
    assertThat(before.volume()).isEqualTo(50);
    Bar exDay = bar(ex, 9, 31, 197, 50);
    assertThat(a.apply(exDay)).isSameAs(exDay);
  }

  @Test
  void combinesSplitsAndDividends() {
    LocalDate ex = LocalDate.of(2024, 5, 1);
    Adjustment a = new Adjustment(List.of(new Adjustment.SplitEvent(SPLIT_DAY, 1, 2)),
        List.of(new Adjustment.DividendEvent(ex, 1, 100)));
    assertThat(a.apply(bar(ex.minusDays(1), 12, 0, 100, 1)).close()).isCloseTo(100 * 0.99 * 0.5, within(1e-9));
    assertThat(a.apply(bar(ex, 12, 0, 100, 1)).close()).isCloseTo(50, within(1e-9));
  }

  @Test
  void ignoresADividendNotBelowThePreviousCloseAndRejectsBadRatios() {
    Adjustment a = new Adjustment(List.of(), List.of(new Adjustment.DividendEvent(SPLIT_DAY, 5, 5)));
    Bar b = bar(SPLIT_DAY.minusDays(1), 12, 0, 5, 1);
    assertThat(a.apply(b)).isSameAs(b);
    assertThatThrownBy(() -> new Adjustment.SplitEvent(SPLIT_DAY, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Adjustment.DividendEvent(SPLIT_DAY, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
