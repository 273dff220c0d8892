package io.peripheral.bars.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarCsvTest {
  private static final long T = 1_704_205_800_000_000_000L;

  @Test
  void quotesStringsAndLeavesNullsEmpty() {
    Bar withVolume = new Bar("BRK.B", Interval.M1, T, 1.5, 2, 1, 1.75, 300, 1.6, 3, Session.REGULAR, true,
        BarSource.REPLAY, 2, "builtin-1");
    Bar noVolume = new Bar("A\"B", Interval.S1, T, 10, 10, 10, 10, 0, 0, 1, null, true, BarSource.LIVE, 0, null);
    assertThat(BarCsv.rows(List.of(withVolume, noVolume))).isEqualTo(
        "\"BRK.B\",\"1m\"," + T + ",1.5,2.0,1.0,1.75,300.0,1.6,3,\"regular\",\"replay\","
            + BarSource.REPLAY.precedence() + ",2,\"builtin-1\"\n"
            + "\"A\"\"B\",\"1s\"," + T + ",10.0,10.0,10.0,10.0,0.0,,1,,\"live\"," + BarSource.LIVE.precedence()
            + ",0,\n");
  }
}
