package io.peripheral.strategy.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.Map;

/**
 * Linear-memory arrays kept between runs. A fresh {@code byte[]} of tens of megabytes costs the JVM a humongous
 * allocation, page faults and often a young collection per run; refilling a returned array with zeroes costs only
 * the fill. Arrays are zeroed in full when returned: modules treat fresh memory as zero (np.zeros skips its fill),
 * and nothing a run wrote may reach the next run, whoever owns it. The pool keeps the most recently returned arrays, at
 * most {@code capacityBytes} and {@link #MAX_IDLE} of them: sizes that stop being asked for age out.
 *
 * <p>Returning is two steps so the zeroing can run off the finished run's path: {@link #returning} (at once) and
 * {@link #give} (after the fill, on another thread). A take of a length that is being returned waits for it: the
 * rest of a fill is cheaper than a new array.
 */
final class MemoryPool {
  static final int MAX_IDLE = 4;

  private final long capacityBytes;
  /** Most recently returned first. */
  private final LinkedList<byte[]> idle = new LinkedList<>();
  /** Lengths announced by {@link #returning} and not yet given. */
  private final Map<Integer, Integer> inFlight = new HashMap<>();
  private long idleBytes;
  private long reuses;

  MemoryPool(long capacityBytes) {
    this.capacityBytes = capacityBytes;
  }

  /** A zeroed array of exactly length bytes: an idle one, one being returned, or else a new one. */
  byte[] take(int length) {
    synchronized (this) {
      while (true) {
        for (Iterator<byte[]> it = idle.iterator(); it.hasNext(); ) {
          byte[] a = it.next();
          if (a.length == length) {
            it.remove();
            idleBytes -= length;
            reuses++;
            return a;
          }
        }
        if (!inFlight.containsKey(length)) {
          break;
        }
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return new byte[length];
  }

  /** Announces that array will be given once zeroed; false when the pool would not keep it anyway. */
  synchronized boolean returning(byte[] array) {
    if (array.length > capacityBytes) {
      return false;
    }
    inFlight.merge(array.length, 1, Integer::sum);
    return true;
  }

  /** Zeroes an array announced by {@link #returning} and keeps it, dropping the least recently returned ones. */
  void give(byte[] array) {
    try {
      Arrays.fill(array, (byte) 0);
      synchronized (this) {
        idle.addFirst(array);
        idleBytes += array.length;
        while (idle.size() > MAX_IDLE || idleBytes > capacityBytes) {
          idleBytes -= idle.removeLast().length;
        }
      }
    } finally {
      synchronized (this) {
        inFlight.computeIfPresent(array.length, (k, n) -> n == 1 ? null : n - 1);
        notifyAll();
      }
    }
  }

  /** Withdraws an announced array that will not be given after all. */
  synchronized void cancel(byte[] array) {
    inFlight.computeIfPresent(array.length, (k, n) -> n == 1 ? null : n - 1);
    notifyAll();
  }

  /** How many takes were served by a returned array. */
  synchronized long reuses() {
    return reuses;
  }

  synchronized int idleCount() {
    return idle.size();
  }
}
