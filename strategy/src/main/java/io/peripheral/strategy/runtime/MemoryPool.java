package io.peripheral.strategy.runtime;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;

/**
 * Linear-memory arrays kept between runs. A fresh {@code byte[]} of tens of megabytes costs the JVM a humongous
 * allocation, page faults and often a young collection per run; refilling a returned array with zeroes costs only
 * the fill. Arrays are zeroed in full when returned (never only the part the module is believed to have used:
 * nothing a run wrote can reach the next run, whoever owns it). The pool keeps the most recently returned arrays, at
 * most {@code capacityBytes} and {@link #MAX_IDLE} of them: sizes that stop being asked for age out.
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

  /** Zeroes the array and keeps it for a later run, dropping the least recently returned ones beyond the limits. */
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

  /** How many takes were served by an idle array. */
  synchronized long reuses() {
    return reuses;
  }

  synchronized int idleCount() {
    return idle.size();
  }
}
