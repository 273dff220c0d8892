package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which {@code source} a bar gets: from the namespace, and from gap-backfill trades in the live namespace. */
class BarSourceOfNamespaceTest {
  private static final long SEC = 1_000_000_000L;
  private static final long T0 = Instant.parse("2024-01-02T15:00:00Z").getEpochSecond() * SEC;

  @Test
  void liveNamespaceBuildsLiveBars() {
    assertThat(BarsTopology.sourceOf(TopicCatalog.live())).isEqualTo(BarSource.LIVE);
  }

  @Test
  void backfillNamespaceBuildsBackfillBarsAndOtherReplaysReplayBars() {
    assertThat(BarsTopology.sourceOf(TopicCatalog.replay("backfill-r1"))).isEqualTo(BarSource.BACKFILL);
    assertThat(BarsTopology.sourceOf(TopicCatalog.replay("r20250101-backfill"))).isEqualTo(BarSource.REPLAY);
  }

  @Test
  void windowsThatReceivedBackfilledTradesAreSourceBackfillAndCountEachTradeOnce() {
    List<Bar> bars = new ArrayList<>();
    try (BarsDriver d = new BarsDriver(BarsConfig.builder().withFormingInterval(Duration.ZERO).build())) {
      d.send(List.of(Trade.of("AAPL", T0, 10, 100), Trade.of("AAPL", T0 + 20 * SEC, 11, 100)));
      // the gap 15:00:20 .. 15:01:30, recovered through REST and spliced in before the next live trade
      d.sendBackfill(List.of(Trade.of("AAPL", T0 + 40 * SEC, 12, 100), Trade.of("AAPL", T0 + 80 * SEC, 9, 100)));
      d.send(List.of(Trade.of("AAPL", T0 + 90 * SEC, 10.5, 100), Trade.of("AAPL", T0 + 300 * SEC, 10, 1)));
      d.endOfStream();
      bars.addAll(d.allFinalBars());
    }
    List<Bar> minutes = bars.stream().filter(b -> b.interval() == Interval.M1).toList();
    assertThat(minutes).extracting(Bar::source).containsExactly(BarSource.BACKFILL, BarSource.BACKFILL,
        BarSource.LIVE);
    assertThat(minutes.get(0).volume()).isEqualTo(300);
    assertThat(minutes.get(0).high()).isEqualTo(12);
    assertThat(minutes.get(1).low()).isEqualTo(9);
    assertThat(bars.stream().filter(b -> b.interval() == Interval.S1 && b.start() == T0).findFirst().orElseThrow()
        .source()).isEqualTo(BarSource.LIVE);
  }
}
