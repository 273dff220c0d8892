package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Interval;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one (symbol, interval): its open windows (ordered by start; more than one only while older ones
 * are within grace) and {@code closedThrough}, the end of the latest window already final — a trade for a window
 * ending at or before it is late even if stream time would allow it (windows closed by end-of-stream).
 */
final class KeyState {
  final String symbol;
  final Interval interval;
  private static final byte SYMBOL_FORMAT = 1;
  final List<WindowAccumulator> open = new ArrayList<>(4);
  long closedThrough = Long.MIN_VALUE;
  boolean storeDirty;
  /**
   * The open window the last trade went into, or null: a symbol's trades mostly fall into the window of the one
   * before, so the aggregator tries it before looking the window up. Never a window that is closed.
   */
  WindowAccumulator current;
  /** End of the earliest open window, {@link Long#MAX_VALUE} when none: nothing is due before it. */
  long earliestEnd = Long.MAX_VALUE;

  KeyState(String symbol, Interval interval) {
    this.symbol = symbol;
    this.interval = interval;
  }

  WindowAccumulator window(long start, long end) {
    for (int i = open.size() - 1; i >= 0; i--) {
      WindowAccumulator w = open.get(i);
      if (w.start == start) {
        return w;
      }
      if (w.start < start) {
        WindowAccumulator created = new WindowAccumulator(start, end);
        open.add(i + 1, created);
        return created;
      }
    }
    WindowAccumulator created = new WindowAccumulator(start, end);
    open.add(0, created);
    earliestEnd = end;
    return created;
  }

  /** How many of the open windows, oldest first, end at or before {@code finalThrough}. */
  int dueCount(long finalThrough) {
    int n = 0;
    while (n < open.size() && open.get(n).end <= finalThrough) { // ordered by start, so by end too
      n++;
    }
    return n;
  }

  /** Drops the {@code n} oldest open windows (they have been finalized). */
  void removeOldest(int n) {
    if (n == 0) {
      return;
    }
    if (current != null && current.end <= open.get(n - 1).end) {
      current = null;
    }
    open.subList(0, n).clear();
    earliestEnd = open.isEmpty() ? Long.MAX_VALUE : open.get(0).end;
  }

  /**
   * The stored value of one symbol: the state of every interval, so the store takes one put per symbol touched
   * by a batch instead of one per (symbol, interval). Layout: version 1, the number of intervals, then per
   * interval its ordinal, closedThrough, the number of open windows and each window.
   */
  static byte[] serializeSymbol(KeyState[] keys) {
    int size = 2;
    for (KeyState k : keys) {
      size += 1 + 8 + 4 + k.open.size() * (WindowAccumulator.BYTES + 8);
    }
    ByteBuffer b = ByteBuffer.allocate(size);
    b.put(SYMBOL_FORMAT).put((byte) keys.length);
    for (KeyState k : keys) {
      b.put((byte) k.interval.ordinal());
      k.writeBody(b);
    }
    return b.array();
  }

  static KeyState[] deserializeSymbol(String symbol, byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    byte format = b.get();
    if (format != SYMBOL_FORMAT) {
      throw new IllegalStateException("unknown bar state format " + format + " for " + symbol);
    }
    Interval[] intervals = Interval.values();
    KeyState[] keys = new KeyState[intervals.length];
    int n = b.get();
    for (int i = 0; i < n; i++) {
      KeyState k = new KeyState(symbol, intervals[b.get()]);
      k.readBody(b);
      keys[k.interval.ordinal()] = k;
    }
    return keys;
  }

  /** True for a store key of the earlier layout, one entry per (symbol, interval): {@code "1m|AAPL"}. */
  static boolean isIntervalKey(String storeKey) {
    return storeKey.indexOf('|') > 0;
  }

  /** Reads an entry of the earlier layout (restored from a changelog written before the per-symbol layout). */
  static KeyState deserializeInterval(String storeKey, byte[] bytes) {
    int bar = storeKey.indexOf('|');
    KeyState k = new KeyState(storeKey.substring(bar + 1), Interval.parse(storeKey.substring(0, bar)));
    k.readBody(ByteBuffer.wrap(bytes));
    return k;
  }

  private void writeBody(ByteBuffer b) {
    b.putLong(closedThrough).putInt(open.size());
    for (WindowAccumulator w : open) {
      b.putLong(w.count());
      w.write(b);
    }
  }

  private void readBody(ByteBuffer b) {
    closedThrough = b.getLong();
    int n = b.getInt();
    for (int i = 0; i < n; i++) {
      long count = b.getLong();
      open.add(WindowAccumulator.read(b, count));
    }
    earliestEnd = open.isEmpty() ? Long.MAX_VALUE : open.get(0).end;
  }
}
