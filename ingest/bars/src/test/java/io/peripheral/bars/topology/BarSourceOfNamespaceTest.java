package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.topic.TopicCatalog;
import org.junit.jupiter.api.Test;

class BarSourceOfNamespaceTest {
  @Test
  void liveNamespaceBuildsLiveBars() {
    assertThat(BarsTopology.sourceOf(TopicCatalog.live())).isEqualTo(BarSource.LIVE);
  }

  @Test
  void backfillNamespaceBuildsBackfillBarsAndOtherReplaysReplayBars() {
    assertThat(BarsTopology.sourceOf(TopicCatalog.replay("backfill-r1"))).isEqualTo(BarSource.BACKFILL);
    assertThat(BarsTopology.sourceOf(TopicCatalog.replay("r20250101-backfill"))).isEqualTo(BarSource.REPLAY);
  }
}
