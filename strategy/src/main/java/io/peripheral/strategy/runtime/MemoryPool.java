package io.peripheral.strategy.runtime;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;

/**
 * Linear-memory arrays kept between runs. A fresh {@code byte[]} of tens of megabytes costs the JVM a humongous
 * allocation, page faults and often a young collection per run; refilling a returned array with zeroes costs only
 * the fill. Arrays are zeroed in full when returned: modules treat fresh memory as zero (np.zeros skips its fill),
 * and nothing a run wrote may reach the next run, whoever owns it. The pool keeps the most recently returned arrays,
 * at most {@code capacityBytes} and {@link #MAX_IDLE} of them: sizes that stop being asked for age out.
 *
 * <p>The host zeroes a returned array on another thread. A run that asks for a size whose only array is still being
 * zeroed gets a new one rather than waiting: from then on, runs of that size alternate between two arrays, each
 * zeroed while the other is in use.
 */
final class MemoryPool {
  static final int MAX_IDLE = 4;

  private final long capacityBytes;
  /** Most recently returned first. */
  private final LinkedList<byte[]> idle = new LinkedList<>();
  private long idleBytes;
  private long reuses;

  MemoryPool(long capacityBytes) {
    this.capacityBytes = capacityBytes;
  }

  /** A zeroed array of exactly length bytes: an idle one when there is one, else a new one. */
  byte[] take(int length) {
    synchronized (this) {
      for (Iterator<byte[]> it = idle.iterator(); it.hasNext(); ) {
        byte[] a = it.next();
        if (a.length == length) {
          it.remove();
          idleBytes -= length;
          reuses++;
          return a;
        }
      }
    }
    return new byte[length];
  }

  /** Zeroes the array and keeps it, dropping the least recently returned ones beyond the limits. */
  void give(byte[] array) {
    if (array.length > capacityBytes) {
      return;
    }
    Arrays.fill(array, (byte) 0);
    synchronized (this) {
      idle.addFirst(array);
      idleBytes += array.length;
      while (idle.size() > MAX_IDLE || idleBytes > capacityBytes) {
        idleBytes -= idle.removeLast().length;
      }
    }
  }

  /** How many takes were served by a returned array. */
  synchronized long reuses() {
    return reuses;
  }

  synchronized int idleCount() {
    return idle.size();
  }
}
