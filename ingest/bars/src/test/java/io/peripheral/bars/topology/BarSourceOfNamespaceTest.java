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
  void backfillAndRebuildNamespacesBuildTheirSourceAndOtherReplaysReplayBars() {
    assertThat(BarsTopology.sourceOf(TopicCatalog.replay("backfill-r1"))).isEqualTo(BarSource.BACKFILL);
    assertThat(BarsTopology.sourceOf(TopicCatalog.replay("rebuild-2024-01-02"))).isEqualTo(BarSource.REBUILD);
    assertThat(BarsTopology.sourceOf(TopicCatalog.replay("my-rebuild-1"))).isEqualTo(BarSource.REPLAY);
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

  @Test
  void aSplicedGapGivesTheBarsOfAnUninterruptedRunWithTheGapsWindowsMarkedBackfill() {
    java.util.Random random = new java.util.Random(3);
    List<Trade> trades = new ArrayList<>();
    long t = T0;
    for (int i = 0; i < 3000; i++) {
      t += random.nextInt(120_000_000); // ~3 minutes
      trades.add(Trade.of(random.nextBoolean() ? "AAPL" : "MSFT", t, 100 + random.nextInt(100) / 100.0,
          1 + random.nextInt(300), random.nextInt(5) == 0 ? new int[] {37} : new int[0]));
    }
    List<Bar> whole = new ArrayList<>();
    List<Bar> spliced = new ArrayList<>();
    BarsConfig config = BarsConfig.builder().withFormingInterval(Duration.ZERO).build();
    try (BarsDriver d = new BarsDriver(config)) {
      for (int from = 0; from < trades.size(); from += 250) {
        d.send(trades.subList(from, Math.min(trades.size(), from + 250)));
      }
      d.endOfStream();
      whole.addAll(d.allFinalBars());
    }
    try (BarsDriver d = new BarsDriver(config)) {
      d.send(trades.subList(0, 1000));
      d.sendBackfill(trades.subList(1000, 1700));
      d.send(trades.subList(1700, trades.size()));
      d.endOfStream();
      spliced.addAll(d.allFinalBars());
    }
    long gapFrom = trades.get(1000).sipTimestamp();
    long gapTo = trades.get(1699).sipTimestamp();
    assertThat(spliced).hasSameSizeAs(whole);
    for (int i = 0; i < whole.size(); i++) {
      Bar w = whole.get(i);
      Bar s = spliced.get(i);
      assertThat(s.symbol() + s.interval() + s.start()).isEqualTo(w.symbol() + w.interval() + w.start());
      assertThat(List.of(s.open(), s.high(), s.low(), s.close(), s.volume(), (double) s.tradeCount()))
          .isEqualTo(List.of(w.open(), w.high(), w.low(), w.close(), w.volume(), (double) w.tradeCount()));
      boolean touched = trades.subList(1000, 1700).stream().anyMatch(x -> x.symbol().equals(s.symbol())
          && s.interval().windowStart(x.sipTimestamp()) == s.start());
      assertThat(s.source()).as(s.symbol() + " " + s.interval() + " " + s.start())
          .isEqualTo(touched ? BarSource.BACKFILL : BarSource.LIVE);
    }
    assertThat(spliced).anyMatch(b -> b.source() == BarSource.LIVE).anyMatch(b -> b.source() == BarSource.BACKFILL);
    assertThat(gapTo).isGreaterThan(gapFrom);
  }
}
