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
 */
public final class AsyncBatchSink implements BatchSink, AutoCloseable {
  private static final Item STOP = new Item(-1, null, null);
  private final BatchSink target;
  private final BlockingQueue<Item> queue;
  private final Thread worker;
  private volatile Throwable failure;

  private record Item(int partition, TradeBatch batch, Runnable done) {}

  public AsyncBatchSink(BatchSink target, int capacity, String name) {
    this.target = target;
    this.queue = new ArrayBlockingQueue<>(capacity);
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
    }
  }

  @Override
  public void send(int partition, TradeBatch batch) {
    checkFailure();
    put(new Item(partition, batch, null));
  }

  /** Waits until every batch handed over so far went to the wrapped sink; rethrows a failure. */
  public void drain() {
    java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
    put(new Item(-1, null, latch::countDown));
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
