package io.peripheral.feed.polygon.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded hand-over from the WebSocket reader to the processing thread. The reader never blocks: a frame
 * that does not fit is dropped and counted, and a {@link GapMarker} is queued ahead of the next frame that fits,
 * so the processor knows where its input has a hole (and backfills it like a disconnect). A disconnect marks a
 * gap the same way ({@link #markGap}).
 */
public final class FrameQueue {
  /** A complete text frame and when it was received (System.nanoTime). */
  public record Frame(String text, long receivedNanos) {}

  /** Frames are missing here (the connection dropped or the queue overflowed). */
  public record GapMarker(String reason) {}

  private final BlockingQueue<Object> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong overflows = new AtomicLong();
  private String pendingGap;

  public FrameQueue(int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /** Called by the reader; never blocks. Returns false when the frame was dropped. */
  public synchronized boolean offer(String text) {
    if (pendingGap != null) {
      if (!queue.offer(new GapMarker(pendingGap))) {
        dropped.incrementAndGet();
        return false;
      }
      pendingGap = null;
    }
    if (queue.offer(new Frame(text, System.nanoTime()))) {
      return true;
    }
    dropped.incrementAndGet();
    overflows.incrementAndGet();
    pendingGap = "queue overflow";
    return false;
  }

  /** Input is interrupted here (e.g. a disconnect): the next queued frame is preceded by a gap marker. */
  public synchronized void markGap(String reason) {
    if (pendingGap == null) {
      pendingGap = reason;
    }
  }

  /** The next frame or gap marker, or null after the timeout. */
  public Object poll(long timeout, TimeUnit unit) throws InterruptedException {
    return queue.poll(timeout, unit);
  }

  public int size() {
    return queue.size();
  }

  /** Frames that did not fit. */
  public long dropped() {
    return dropped.get();
  }

  /** Frames that overflowed the queue (each starts or extends a gap). */
  public long overflows() {
    return overflows.get();
  }
}
