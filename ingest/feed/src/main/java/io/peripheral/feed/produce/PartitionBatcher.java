package io.peripheral.feed.produce;

import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Accumulates one {@link TradeBatch} per partition ({@link SymbolPartitioner#partition}) and hands it to the
 * sink when it holds {@code maxRows} trades or its first trade has waited {@code linger}. Trades of a symbol
 * keep their order: one partition, one batch at a time, batches sent in order. Single-threaded.
 */
public final class PartitionBatcher {
  private final int partitions;
  private final int maxRows;
  private final long lingerNanos;
  private final BatchSink sink;
  private final LongSupplier nanoClock;
  private final TradeBatch[] open;
  private final long[] openedAt;
  private final SymbolPartitions partitionOf;
  private long added;

  public PartitionBatcher(int partitions, int maxRows, Duration linger, BatchSink sink, LongSupplier nanoClock) {
    if (partitions < 1 || maxRows < 1) {
      throw new IllegalArgumentException("partitions and maxRows must be positive");
    }
    this.partitions = partitions;
    this.partitionOf = new SymbolPartitions(partitions);
    this.maxRows = maxRows;
    this.lingerNanos = linger.toNanos();
    this.sink = sink;
    this.nanoClock = nanoClock;
    this.open = new TradeBatch[partitions];
    this.openedAt = new long[partitions];
  }

  public PartitionBatcher(int partitions, int maxRows, Duration linger, BatchSink sink) {
    this(partitions, maxRows, linger, sink, System::nanoTime);
  }

  public void add(Trade trade) {
    int p = partitionOf.of(trade.symbol());
    TradeBatch batch = open[p];
    if (batch == null) {
      batch = TradeBatch.builder(maxRows);
      open[p] = batch;
      openedAt[p] = nanoClock.getAsLong();
    }
    batch.add(trade);
    added++;
    if (batch.size() >= maxRows) {
      flush(p);
    } else if ((added & 1023) == 0) {
      flushDue();
    }
  }

  /** Sends every batch whose first trade has waited at least the linger time. */
  public void flushDue() {
    long now = nanoClock.getAsLong();
    for (int p = 0; p < partitions; p++) {
      if (open[p] != null && now - openedAt[p] >= lingerNanos) {
        flush(p);
      }
    }
  }

  /** Sends every non-empty batch. */
  public void flushAll() {
    for (int p = 0; p < partitions; p++) {
      if (open[p] != null) {
        flush(p);
      }
    }
  }

  public long added() {
    return added;
  }

  private void flush(int p) {
    TradeBatch batch = open[p];
    open[p] = null;
    sink.send(p, batch);
  }
}
