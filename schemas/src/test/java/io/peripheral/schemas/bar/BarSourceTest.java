package io.peripheral.schemas.bar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarSourceTest {
  @Test
  void replayIdsNameTheSourceOfTheirBars() {
    assertThat(BarSource.ofReplayId("backfill-20240102")).isEqualTo(BarSource.BACKFILL);
    assertThat(BarSource.ofReplayId("rebuild-20240102")).isEqualTo(BarSource.REBUILD);
    assertThat(BarSource.ofReplayId("r20240102-rebuild")).isEqualTo(BarSource.REPLAY);
    assertThat(BarSource.ofReplayId("e2e-1")).isEqualTo(BarSource.REPLAY);
  }

  @Test
  void aRebuildOutranksABackfillWhichOutranksLiveAndReplay() {
    assertThat(BarSource.REBUILD.precedence()).isGreaterThan(BarSource.BACKFILL.precedence());
    assertThat(BarSource.BACKFILL.precedence()).isGreaterThan(BarSource.LIVE.precedence());
    assertThat(BarSource.LIVE.precedence()).isEqualTo(BarSource.REPLAY.precedence());
  }
}
