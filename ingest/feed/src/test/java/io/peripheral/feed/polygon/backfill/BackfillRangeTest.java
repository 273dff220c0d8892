package io.peripheral.feed.polygon.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackfillRangeTest {
  @Test
  void coversWholeNewYorkDaysBothInclusive() {
    BackfillRange r = BackfillRange.parse("aapl, msft,AAPL", "2024-03-09", "2024-03-10"); // DST starts 03-10
    assertThat(r.symbols()).containsExactly("AAPL", "MSFT");
    assertThat(Instant.ofEpochSecond(0, r.startNanos())).isEqualTo(Instant.parse("2024-03-09T05:00:00Z"));
    assertThat(Instant.ofEpochSecond(0, r.endNanos())).isEqualTo(Instant.parse("2024-03-11T04:00:00Z"));
  }

  @Test
  void toDefaultsToFromAndMayNotPrecedeIt() {
    assertThat(BackfillRange.parse("AAPL", "2024-01-02", null).to()).hasToString("2024-01-02");
    assertThatThrownBy(() -> BackfillRange.parse("AAPL", "2024-01-03", "2024-01-02"))
        .hasMessageContaining("before");
  }
}
