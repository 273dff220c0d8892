package io.peripheral.feed.polygon.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peripheral.schemas.trade.Trade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveProcessorTest {
  private static final long T0 = 1_704_205_800_000L; // ms
  private final FrameQueue queue = new FrameQueue(100);
  private final ParseCounters counters = new ParseCounters();
  private final CollectingSink sink = new CollectingSink();
  private final List<Gap> asked = new CopyOnWriteArrayList<>();
  private final List<Trade> rest = new ArrayList<>();
  private LiveMetrics metrics;
  private LiveProcessor processor;
  private Thread thread;

  private static String t(String sym, String id, long q, long ms) {
    return "{\"ev\":\"T\",\"sym\":\"" + sym + "\",\"x\":11,\"i\":\"" + id + "\",\"z\":3,\"p\":10.5,\"s\":100,\"t\":" + ms
        + ",\"q\":" + q + "}";
  }

  private static Trade restTrade(String sym, String id, long q, long ns) {
    return new Trade(sym, ns, ns - 5, 10.5, 100, 11, 3, null, id, q, 0, -1, 0);
  }

  private void start(GapFiller filler, Set<String> symbols) {
    metrics = new LiveMetrics(new SimpleMeterRegistry(), () -> T0 + 1000, queue, counters);
    processor = new LiveProcessor(queue, counters, sink, filler, () -> symbols, metrics, 5_000_000_000L);
    thread = new Thread(processor, "processor-test");
    thread.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    processor.stop();
    thread.join(5000);
  }

  @Test
  void backfillsAGapBetweenTheLastTradeBeforeAndTheFirstAfterThenProducesTheHeldFrame() {
    rest.add(restTrade("AAPL", "2", 2, (T0 + 100) * 1_000_000L)); // arrived live before the drop: a duplicate
    rest.add(restTrade("AAPL", "3", 3, (T0 + 200) * 1_000_000L + 7));
    rest.add(restTrade("AAPL", "4", 4, (T0 + 30_000) * 1_000_000L + 400_000)); // same ms as the first new trade
    start((gap, symbols) -> {
      asked.add(gap);
      return rest;
    }, Set.of("AAPL"));
    queue.offer("[" + t("AAPL", "1", 1, T0) + "," + t("AAPL", "2", 2, T0 + 100) + "]");
    queue.markGap("closed by server (1001 going away)");
    queue.offer("[{\"ev\":\"Q\",\"sym\":\"AAPL\",\"bp\":1,\"ap\":2,\"t\":" + (T0 + 30_001) + "}]");
    // the new session first resends a trade from before the drop: not the end of the gap
    queue.offer("[" + t("AAPL", "2", 2, T0 + 100) + "," + t("AAPL", "5", 5, T0 + 30_000) + ","
        + t("AAPL", "4", 4, T0 + 30_000) + "]");

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(sink.trades).hasSize(5));
    assertThat(sink.trades).extracting(Trade::tradeId).containsExactly("1", "2", "3", "4", "5");
    assertThat(asked).singleElement().satisfies(g -> {
      assertThat(g.fromNanos()).isEqualTo((T0 + 100) * 1_000_000L);
      assertThat(g.toNanos()).isEqualTo((T0 + 30_000) * 1_000_000L + 999_999);
    });
    assertThat(metrics.backfilled()).isEqualTo(2);
    assertThat(metrics.duplicates()).isEqualTo(3); // "2" from REST and resent live, "4" again live
    assertThat(sink.quotes).hasSize(1);
  }

  @Test
  void aFailedBackfillIsCountedAndLiveTradesGoOn() {
    start((gap, symbols) -> {
      throw new IllegalStateException("REST down");
    }, Set.of("AAPL"));
    queue.offer("[" + t("AAPL", "1", 1, T0) + "]");
    queue.markGap("queue overflow");
    queue.offer("[" + t("AAPL", "9", 9, T0 + 60_000) + "]");
    await().atMost(Duration.ofSeconds(5)).until(() -> sink.trades.size() == 2);
    assertThat(metrics.gapsUnfilled()).isEqualTo(1);
    assertThat(processor.failure()).isNull();
  }

  @Test
  void duplicateLiveTradesAreDroppedAndLagIsMeasured() {
    start(GapFiller.NONE, Set.of());
    queue.offer("[" + t("AAPL", "1", 1, T0) + "," + t("AAPL", "1", 1, T0) + "," + t("AAPL", "0", 0, T0 - 5) + "]");
    await().atMost(Duration.ofSeconds(5)).until(() -> metrics.duplicates() == 1 && sink.trades.size() == 2);
    // a late print with a lower sequence number is a different trade, kept
    assertThat(sink.trades).extracting(Trade::tradeId).containsExactly("1", "0");
    assertThat(metrics.lagMillis()).isEqualTo(1005);
  }
}
