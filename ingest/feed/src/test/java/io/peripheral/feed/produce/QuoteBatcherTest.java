package io.peripheral.feed.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.quote.QuoteBatch;
import io.peripheral.schemas.topic.SymbolPartitioner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteBatcherTest {
  private static final long T0 = 1_704_205_800_000_000_000L;
  private final List<QuoteBatch> batches = new ArrayList<>();
  private final List<Integer> partitions = new ArrayList<>();
  private long now;

  private QuoteBatcher batcher(int maxRows, long lingerNanos) {
    return new QuoteBatcher(6, maxRows, lingerNanos, () -> now, (b, p) -> {
      batches.add(b);
      partitions.add(p);
    });
  }

  @Test
  void aFullPartitionLeavesAtOnceWithOnlyItsSymbolsInOrder() {
    QuoteBatcher b = batcher(3, Long.MAX_VALUE);
    for (int i = 0; i < 3; i++) {
      b.add(Quote.of("AAPL", T0 + i, 1, 1, 2, 1));
    }
    assertThat(batches).singleElement().satisfies(batch -> assertThat(batch.quotes())
        .extracting(Quote::sipTimestamp).containsExactly(T0, T0 + 1, T0 + 2));
    assertThat(partitions).containsExactly(SymbolPartitioner.partition("AAPL", 6));
  }

  @Test
  void aLiveSourcesBatchLeavesAfterTheLingerAndFlushAllSendsTheRest() {
    QuoteBatcher b = batcher(1000, 100);
    b.add(Quote.of("AAPL", T0, 1, 1, 2, 1));
    now = 50;
    b.add(Quote.of("MSFT", T0, 1, 1, 2, 1));
    b.flushDue();
    assertThat(batches).isEmpty();
    now = 100;
    b.flushDue();
    assertThat(partitions).containsExactly(SymbolPartitioner.partition("AAPL", 6));
    b.flushAll();
    assertThat(batches).hasSize(2);
    assertThat(batches.get(1).get(0).symbol()).isEqualTo("MSFT");
  }
}
