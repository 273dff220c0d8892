package io.peripheral.feed.produce;

import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.quote.QuoteBatch;
import io.peripheral.schemas.topic.SymbolPartitioner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ObjIntConsumer;

/**
 * Accumulates quotes per partition ({@link SymbolPartitioner}) and hands a partition's {@link QuoteBatch} on when it
 * holds {@code maxRows} quotes, when its first quote has waited {@code lingerNanos} ({@link #flushDue}, for live
 * sources) and at {@link #flushAll}. A symbol's quotes keep their order. Single-threaded.
 */
public final class QuoteBatcher {
  private final int partitions;
  private final int maxRows;
  private final ObjIntConsumer<QuoteBatch> sink;
  private final List<List<Quote>> open = new ArrayList<>();
  private final Map<String, Integer> partitionOf = new HashMap<>();
  private final long[] openedAt;
  private final long lingerNanos;
  private final LongSupplier clock;

  /** A batcher for replays: batches leave when full or at {@link #flushAll}. */
  public QuoteBatcher(int partitions, int maxRows, ObjIntConsumer<QuoteBatch> sink) {
    this(partitions, maxRows, Long.MAX_VALUE, System::nanoTime, sink);
  }

  /** {@code sink} receives (batch, partition). */
  public QuoteBatcher(int partitions, int maxRows, long lingerNanos, LongSupplier clock,
      ObjIntConsumer<QuoteBatch> sink) {
    this.lingerNanos = lingerNanos;
    this.clock = clock;
    this.openedAt = new long[Math.max(1, partitions)];
    if (partitions < 1 || maxRows < 1) {
      throw new IllegalArgumentException("partitions and maxRows must be positive");
    }
    this.partitions = partitions;
    this.maxRows = maxRows;
    this.sink = sink;
    for (int p = 0; p < partitions; p++) {
      open.add(new ArrayList<>());
    }
  }

  public void add(Quote q) {
    int p = partitionOf.computeIfAbsent(q.symbol(), s -> SymbolPartitioner.partition(s, partitions));
    List<Quote> batch = open.get(p);
    if (batch.isEmpty()) {
      openedAt[p] = clock.getAsLong();
    }
    batch.add(q);
    if (batch.size() >= maxRows) {
      flush(p);
    }
  }

  /** Sends every batch whose first quote has waited at least the linger time. */
  public void flushDue() {
    long now = clock.getAsLong();
    for (int p = 0; p < partitions; p++) {
      if (!open.get(p).isEmpty() && now - openedAt[p] >= lingerNanos) {
        flush(p);
      }
    }
  }

  public void flushAll() {
    for (int p = 0; p < partitions; p++) {
      if (!open.get(p).isEmpty()) {
        flush(p);
      }
    }
  }

  private void flush(int p) {
    QuoteBatch batch = new QuoteBatch(open.get(p));
    open.get(p).clear();
    sink.accept(batch, p);
  }
}
