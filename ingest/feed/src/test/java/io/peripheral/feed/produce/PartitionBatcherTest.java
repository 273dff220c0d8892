package io.peripheral.feed.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PartitionBatcherTest {
  record Sent(int partition, TradeBatch batch) {}

  private final List<Sent> sent = new ArrayList<>();
  private final AtomicLong clock = new AtomicLong();

  private PartitionBatcher batcher(int maxRows) {
    return new PartitionBatcher(6, maxRows, Duration.ofMillis(100), (p, b) -> sent.add(new Sent(p, b)), clock::get);
  }

  @Test
  void sendsABatchToTheSymbolsPartitionWhenItReachesMaxRows() {
    PartitionBatcher b = batcher(3);
    for (int i = 1; i <= 7; i++) {
      b.add(Trade.of("AAPL", i, 1, 1));
    }

    int p = SymbolPartitioner.partition("AAPL", 6);
    assertThat(sent).hasSize(2).allSatisfy(s -> {
      assertThat(s.partition()).isEqualTo(p);
      assertThat(s.batch().size()).isEqualTo(3);
    });
    b.flushAll();
    assertThat(sent).hasSize(3);
    assertThat(sent.get(2).batch().size()).isEqualTo(1);
    List<Long> order = new ArrayList<>();
    sent.forEach(s -> {
      for (int i = 0; i < s.batch().size(); i++) {
        order.add(s.batch().sipTimestamp(i));
      }
    });
    assertThat(order).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
  }

  @Test
  void groupsEachBatchBySymbolPartitionOnly() {
    PartitionBatcher b = batcher(1000);
    String[] symbols = {"AAPL", "MSFT", "IBM", "GOOG", "TSLA", "NVDA", "AMZN", "META", "SPY", "QQQ"};
    for (int i = 0; i < 500; i++) {
      b.add(Trade.of(symbols[i % symbols.length], i + 1, 1, 1));
    }
    b.flushAll();

    assertThat(sent.stream().mapToInt(s -> s.batch().size()).sum()).isEqualTo(500);
    assertThat(sent).extracting(Sent::partition).doesNotHaveDuplicates();
    for (Sent s : sent) {
      for (int i = 0; i < s.batch().size(); i++) {
        assertThat(SymbolPartitioner.partition(s.batch().symbol(i), 6)).isEqualTo(s.partition());
      }
    }
  }

  @Test
  void sendsAPartialBatchOnceItsFirstTradeHasLingered() {
    PartitionBatcher b = batcher(1000);
    b.add(Trade.of("AAPL", 1, 1, 1));
    clock.set(Duration.ofMillis(99).toNanos());
    b.flushDue();
    assertThat(sent).isEmpty();

    clock.set(Duration.ofMillis(100).toNanos());
    b.flushDue();

    assertThat(sent).singleElement().satisfies(s -> assertThat(s.batch().size()).isEqualTo(1));
  }
}
