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
  private final String storeKey;
  final List<WindowAccumulator> open = new ArrayList<>(4);
  long closedThrough = Long.MIN_VALUE;
  boolean storeDirty;
  // cache of the last computed window, so the hot path rarely calls Interval.windowStart (costly for 1d)
  private long cachedStart = Long.MAX_VALUE;
  private long cachedEnd = Long.MIN_VALUE;

  KeyState(String symbol, Interval interval) {
    this.symbol = symbol;
    this.interval = interval;
    this.storeKey = storeKey(symbol, interval);
  }

  String storeKey() {
    return storeKey;
  }

  static String storeKey(String symbol, Interval interval) {
    return interval.code() + "|" + symbol;
  }

  long windowStartOf(long sip) {
    if (sip < cachedStart || sip >= cachedEnd) {
      cachedStart = interval.windowStart(sip);
      cachedEnd = interval.windowEnd(cachedStart);
    }
    return cachedStart;
  }

  /** End of the window returned by the last {@link #windowStartOf} call. */
  long cachedEnd() {
    return cachedEnd;
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
    return created;
  }

  byte[] serialize() {
    ByteBuffer b = ByteBuffer.allocate(8 + 4 + open.size() * (WindowAccumulator.BYTES + 8));
    b.putLong(closedThrough).putInt(open.size());
    for (WindowAccumulator w : open) {
      b.putLong(w.count());
      w.write(b);
    }
    return b.array();
  }

  static KeyState deserialize(String storeKey, byte[] bytes) {
    int bar = storeKey.indexOf('|');
    KeyState k = new KeyState(storeKey.substring(bar + 1), Interval.parse(storeKey.substring(0, bar)));
    ByteBuffer b = ByteBuffer.wrap(bytes);
    k.closedThrough = b.getLong();
    int n = b.getInt();
    for (int i = 0; i < n; i++) {
      long count = b.getLong();
      k.open.add(WindowAccumulator.read(b, count));
    }
    return k;
  }
}
