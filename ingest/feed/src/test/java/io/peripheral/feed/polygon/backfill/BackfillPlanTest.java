package io.peripheral.feed.polygon.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.schemas.calendar.MarketCalendar;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackfillPlanTest {
  private final MarketCalendar calendar = MarketCalendar.builtIn();

  private static Instant at(long nanos) {
    return Instant.ofEpochSecond(0, nanos);
  }

  @Test
  void skipsClosedDaysAndMergesAdjacentTradingDaysIntoOneWindow() {
    // Friday 2024-03-29 is Good Friday; the week after it trades normally
    BackfillPlan p = BackfillPlan.of(BackfillRange.parse("AAPL", "2024-03-28", "2024-04-02"), calendar);
    assertThat(p.skippedLines()).containsExactly("skipped 2024-03-29 (Good Friday)", "skipped 2024-03-30 (weekend)",
        "skipped 2024-03-31 (weekend)");
    assertThat(p.windows()).hasSize(2);
    assertThat(at(p.windows().get(0).startNanos())).isEqualTo(Instant.parse("2024-03-28T04:00:00Z"));
    assertThat(at(p.windows().get(0).endNanos())).isEqualTo(Instant.parse("2024-03-29T04:00:00Z"));
    assertThat(at(p.windows().get(1).startNanos())).isEqualTo(Instant.parse("2024-04-01T04:00:00Z"));
    assertThat(at(p.windows().get(1).endNanos())).isEqualTo(Instant.parse("2024-04-03T04:00:00Z"));
  }

  @Test
  void anEarlyCloseDaysWindowEndsWithItsAfterHoursAtFive() {
    // Wednesday 2024-07-03 closes at 13:00, after-hours end at 17:00 EDT; July 4 is closed
    BackfillPlan p = BackfillPlan.of(BackfillRange.parse("AAPL", "2024-07-02", "2024-07-05"), calendar);
    assertThat(p.skippedLines()).containsExactly("skipped 2024-07-04 (Independence Day)");
    assertThat(p.windows()).extracting(w -> at(w.startNanos()) + ".." + at(w.endNanos())).containsExactly(
        "2024-07-02T04:00:00Z..2024-07-03T21:00:00Z", "2024-07-05T04:00:00Z..2024-07-06T04:00:00Z");
  }

  @Test
  void aRangeOfClosedDaysOnlyIsAnErrorNamingThem() {
    assertThatThrownBy(() -> BackfillPlan.of(BackfillRange.parse("AAPL", "2024-12-25", null), calendar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closed on every day").hasMessageContaining("2024-12-25 Christmas");
  }
}
