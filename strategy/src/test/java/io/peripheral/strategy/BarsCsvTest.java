package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.strategy.runtime.Bars;
import io.peripheral.strategy.runtime.BarsCsv;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bars CSV: ISO-8601 or epoch s/ms/ns times, extra numeric columns passed through. */
class BarsCsvTest {
  static final long T = 1_704_067_200_000_000_000L;

  @Test
  void readsIsoAndEpochTimesAndExtraColumns() {
    Bars b = BarsCsv.parse(List.of("time,open,high,low,close,volume,vwap",
        "2024-01-01T00:00:00Z,1,2,0.5,1.5,10,1.2",
        "2024-01-01 00:01:00,1,2,0.5,1.5,10,1.2",
        "1704067320,1,2,0.5,1.5,10,",
        "1704067380000,1,2,0.5,1.5,10,1.3",
        "1704067440000000000,1,2,0.5,1.5,10,1.4"));
    assertThat(b.time()).containsExactly(T, T + 60_000_000_000L, T + 120_000_000_000L, T + 180_000_000_000L,
        T + 240_000_000_000L);
    assertThat(b.close()).containsOnly(1.5);
    assertThat(b.extra().get("vwap")[2]).isNaN();
    assertThat(b.extra().get("vwap")[4]).isEqualTo(1.4);
  }

  @Test
  void missingColumnIsRejectedWithItsName() {
    assertThatThrownBy(() -> BarsCsv.parse(List.of("time,open,high,low,close", "1,1,1,1,1")))
        .isInstanceOf(BarsCsv.BadBarsException.class).hasMessage("bars header must contain 'volume'");
  }
}
