package io.peripheral.strategy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chooses the initial size of a run's linear memory. {@link FlatMemory} copies itself when the module grows it, so
 * the host remembers, per strategy, the peak heap of its last run in bytes per bar and starts the next run (usually
 * on the same number of bars) at that size. Results do not depend on the initial size: only where arrays land does.
 */
final class MemoryPlan {
  private final Map<String, Double> bytesPerBar;

  MemoryPlan(int capacity) {
    this.bytesPerBar = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * Initial pages: the module's declared minimum, at least twice the input columns (working arrays are typically a
   * few times the input), or what the previous run of this strategy peaked at, scaled to this run's bars; never more
   * than the limit.
   */
  int initialPages(String key, int declared, long inputBytes, int bars, int maxPages) {
    long bytes = inputBytes * 2 + 16 * 65536L;
    Double perBar;
    synchronized (bytesPerBar) {
      perBar = bytesPerBar.get(key);
    }
    if (perBar != null) {
      // 1/16 headroom so a run on slightly more bars does not grow (and copy) at the very end
      bytes = Math.max(bytes, (long) (perBar * Math.max(1, bars) * 17 / 16));
    }
    return (int) Math.max(declared, Math.min(maxPages, declared + bytes / 65536));
  }

  /** Records the run's heap top (not the memory size, which the allocator over-grows geometrically). */
  void record(String key, long heapTop, int bars) {
    synchronized (bytesPerBar) {
      bytesPerBar.put(key, (double) heapTop / Math.max(1, bars));
    }
  }
}
