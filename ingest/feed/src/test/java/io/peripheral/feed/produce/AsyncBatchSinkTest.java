package io.peripheral.feed.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AsyncBatchSinkTest {
  private static TradeBatch batch(long sip) {
    return TradeBatch.of(List.of(Trade.of("AAPL", sip, 1, 1)));
  }

  @Test
  void passesBatchesOnInTheOrderTheyWereSent() {
    List<Long> seen = new CopyOnWriteArrayList<>();
    try (AsyncBatchSink sink = new AsyncBatchSink((p, b) -> seen.add(b.sipTimestamp(0)), 2, "test-sender")) {
      for (int i = 1; i <= 100; i++) {
        sink.send(0, batch(i));
      }
      sink.drain();
    }
    assertThat(seen).hasSize(100).isSorted();
  }

  @Test
  void aPooledBatcherReusesBatchesOnlyAfterTheSinkIsDoneWithThem() {
    List<Long> firstSips = new CopyOnWriteArrayList<>();
    java.util.Set<TradeBatch> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    AtomicInteger rows = new AtomicInteger();
    BatchSink slowReader = (p, b) -> {
      distinct.add(b);
      for (int i = 0; i < b.size(); i++) { // a batch refilled while being read would break the running order
        assertThat(b.sipTimestamp(i)).isEqualTo(b.sipTimestamp(0) + i);
      }
      firstSips.add(b.sipTimestamp(0));
      rows.addAndGet(b.size());
    };
    try (AsyncBatchSink sink = new AsyncBatchSink(slowReader, 2, "test-sender")) {
      PartitionBatcher batcher = sink.batcher(1, 100, Duration.ofHours(1));
      for (int sip = 0; sip < 100_000; sip++) {
        batcher.add("AAPL", sip, sip, 10.0, 100, 4, 1, new int[0], sip, sip);
      }
      batcher.flushAll();
      sink.drain();
    }
    assertThat(rows.get()).isEqualTo(100_000);
    assertThat(firstSips).hasSize(1_000).isSorted();
    assertThat(distinct.size()).as("batches allocated for 1,000 sends").isLessThanOrEqualTo(6);
  }

  @Test
  void blocksTheSourceWhileTheSinkIsSlowInsteadOfDroppingBatches() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger handedOver = new AtomicInteger();
    try (AsyncBatchSink sink = new AsyncBatchSink((p, b) -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sent.incrementAndGet();
    }, 2, "test-sender")) {
      Thread source = new Thread(() -> {
        for (int i = 1; i <= 10; i++) {
          sink.send(0, batch(i));
          handedOver.incrementAndGet();
        }
      });
      source.start();
      await().atMost(Duration.ofSeconds(5)).until(() -> handedOver.get() == 3);
      // one batch in the sink, two queued: the source waits
      await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> handedOver.get() == 3);
      release.countDown();
      source.join(5_000);
      sink.drain();
    }
    assertThat(sent.get()).isEqualTo(10);
  }

  @Test
  void rethrowsTheSinksFailureToTheSource() {
    try (AsyncBatchSink sink = new AsyncBatchSink((p, b) -> {
      throw new FeedSendException("broker says no", null);
    }, 2, "test-sender")) {
      sink.send(0, batch(1));
      assertThatThrownBy(sink::drain).isInstanceOf(FeedSendException.class).hasMessageContaining("broker says no");
      assertThatThrownBy(() -> sink.send(0, batch(2))).isInstanceOf(FeedSendException.class);
    }
  }
}
