package io.peripheral.feed.produce;

import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * Accumulates one {@link TradeBatch} per partition ({@link SymbolPartitioner#partition}) and hands it to the
 * sink when it holds {@code maxRows} trades or its first trade has waited {@code linger}. Trades of a symbol
 * keep their order: one partition, one batch at a time, batches sent in order. Single-threaded.
 */
public final class PartitionBatcher implements TradeRowSink {
  private final int partitions;
  private final int maxRows;
  private final long lingerNanos;
  private final BatchSink sink;
  private final LongSupplier nanoClock;
  private final TradeBatch[] open;
  private final long[] openedAt;
  private final SymbolPartitions partitionOf;
  private final IntFunction<TradeBatch> newBatch;
  private long added;

  public PartitionBatcher(int partitions, int maxRows, Duration linger, BatchSink sink, LongSupplier nanoClock) {
    this(partitions, maxRows, linger, sink, nanoClock, TradeBatch::builder);
  }

  /** {@code newBatch} gives an empty batch for {@code maxRows} rows (a new one, or one reused from a pool). */
  PartitionBatcher(int partitions, int maxRows, Duration linger, BatchSink sink, LongSupplier nanoClock,
      IntFunction<TradeBatch> newBatch) {
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
    this.newBatch = newBatch;
  }

  public PartitionBatcher(int partitions, int maxRows, Duration linger, BatchSink sink) {
    this(partitions, maxRows, linger, sink, System::nanoTime);
  }

  public void add(Trade trade) {
    int p = partitionOf.of(trade.symbol());
    TradeBatch batch = openBatch(p);
    batch.add(trade);
    added(p, batch);
  }

  @Override
  public void add(String symbol, long sipTimestamp, long participantTimestamp, double price, double size,
      int exchange, int tape, int[] conditions, long tradeId, long sequenceNumber) {
    int p = partitionOf.of(symbol);
    TradeBatch batch = openBatch(p);
    batch.addWithNumericId(symbol, sipTimestamp, participantTimestamp, price, size, exchange, tape, conditions,
        tradeId, sequenceNumber, 0, -1, 0);
    added(p, batch);
  }

  private TradeBatch openBatch(int p) {
    TradeBatch batch = open[p];
    if (batch == null) {
      batch = newBatch.apply(maxRows);
      open[p] = batch;
      openedAt[p] = nanoClock.getAsLong();
    }
    return batch;
  }

  private void added(int p, TradeBatch batch) {
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
