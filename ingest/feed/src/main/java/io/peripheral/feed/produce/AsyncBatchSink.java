package io.peripheral.feed.produce;

import io.peripheral.feed.FeedException;
import io.peripheral.schemas.trade.TradeBatch;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands batches to one worker thread that passes them, in order, to the wrapped sink (Arrow encoding and the
 * Kafka send then run beside the source instead of after it: two cores, two stages). The queue is bounded, so a
 * slow sink blocks {@link #send} — backpressure, never a drop. The worker's first failure is rethrown by the next
 * {@link #send} or {@link #drain}.
 *
 * <p>A {@link #batcher} made here fills batches taken from a small pool, and the worker gives each back once the
 * wrapped sink is done with it (the sink encodes before {@code send} returns): a batch of 10,000 rows is about
 * 1 MB of arrays that would otherwise be allocated, zeroed and collected for every record.
 */
public final class AsyncBatchSink implements BatchSink, AutoCloseable {
  private static final Item STOP = new Item(-1, null, null, false);
  private final BatchSink target;
  private final BlockingQueue<Item> queue;
  /** Batches the worker is done with, for {@link #batcher}s to refill; bounded: extra ones are dropped. */
  private final BlockingQueue<TradeBatch> free;
  private final Thread worker;
  private volatile Throwable failure;

  private record Item(int partition, TradeBatch batch, Runnable done, boolean pooled) {}

  public AsyncBatchSink(BatchSink target, int capacity, String name) {
    this.target = target;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.free = new ArrayBlockingQueue<>(capacity + 2);
    this.worker = new Thread(this::work, name);
    this.worker.setDaemon(true);
    this.worker.start();
  }

  private void work() {
    while (true) {
      Item item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (item == STOP) {
        return;
      }
      if (item.done != null) {
        item.done.run();
        continue;
      }
      if (failure != null) {
        continue; // drain without sending: the source stops at its next send
      }
      try {
        target.send(item.partition, item.batch);
      } catch (Throwable t) {
        failure = t;
      }
      if (item.pooled) {
        item.batch.clear();
        free.offer(item.batch);
      }
    }
  }

  @Override
  public void send(int partition, TradeBatch batch) {
    checkFailure();
    put(new Item(partition, batch, null, false));
  }

  /**
   * A batcher sending through this sink whose batches come from, and return to, this sink's pool. Its batches
   * must not be kept after they are handed over (a {@link BatchSink} that keeps them needs a plain batcher).
   */
  public PartitionBatcher batcher(int partitions, int maxRows, java.time.Duration linger) {
    return new PartitionBatcher(partitions, maxRows, linger, (p, batch) -> {
      checkFailure();
      put(new Item(p, batch, null, true));
    }, System::nanoTime, rows -> {
      TradeBatch b = free.poll();
      return b != null ? b : TradeBatch.builder(rows);
    });
  }

  /** Waits until every batch handed over so far went to the wrapped sink; rethrows a failure. */
  public void drain() {
    java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
    put(new Item(-1, null, latch::countDown, false));
    try {
      while (!latch.await(100, TimeUnit.MILLISECONDS)) {
        if (!worker.isAlive()) {
          throw new FeedException("the batch sender thread died");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FeedException("interrupted while draining batches", e);
    }
    checkFailure();
  }

  private void put(Item item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FeedException("interrupted while handing over a batch", e);
    }
  }

  private void checkFailure() {
    Throwable t = failure;
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t != null) {
      throw new FeedException("sending a batch failed: " + t, t);
    }
  }

  @Override
  public void close() {
    if (worker.isAlive()) {
      put(STOP);
      try {
        worker.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
