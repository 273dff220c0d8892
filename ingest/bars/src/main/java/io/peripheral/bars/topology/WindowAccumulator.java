package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import java.nio.ByteBuffer;

/**
 * The running aggregate of one (symbol, interval, window). Mutable, owned by one stream thread.
 *
 * <p>Open is the open/close-eligible trade with the earliest SIP time, close the one with the latest (ties: the
 * later arrival closes, the earlier one opens). Without any open/close-eligible trade, open and close come from
 * the high/low-eligible trades; without any high/low-eligible trade, high and low are max/min of open and close.
 * {@code revision} counts eligible trades applied after stream time had passed the window end (late trades
 * within grace), so it depends only on the order of trades in the partition, never on batch boundaries.
 */
final class WindowAccumulator {
  static final int BYTES = 8 * 14 + 4 + 1;

  final long start;
  final long end;
  private double open;
  private long openTs;
  private double close;
  private long closeTs;
  private double high;
  private double low;
  private double hlFirst;
  private long hlFirstTs;
  private double hlLast;
  private long hlLastTs;
  private double volume;
  private double priceVolume;
  private long count;
  private int revision;
  private boolean hasOpenClose;
  private boolean hasHighLow;
  // a trade recovered by a gap backfill (TradeOrigin header) went into this window: its bar is source=backfill
  private boolean backfilled;
  boolean formingDirty;

  WindowAccumulator(long start, long end) {
    this.start = start;
    this.end = end;
  }

  void apply(long sip, double price, double size, int mask, boolean afterEnd) {
    apply(sip, price, size, mask, afterEnd, false);
  }

  void apply(long sip, double price, double size, int mask, boolean afterEnd, boolean backfill) {
    if (backfill) {
      backfilled = true;
    }
    if ((mask & ConditionRules.HIGH_LOW) != 0) {
      if (!hasHighLow) {
        high = price;
        low = price;
        hlFirst = price;
        hlFirstTs = sip;
        hlLast = price;
        hlLastTs = sip;
        hasHighLow = true;
      } else {
        if (price > high) {
          high = price;
        }
        if (price < low) {
          low = price;
        }
        if (sip < hlFirstTs) {
          hlFirst = price;
          hlFirstTs = sip;
        }
        if (sip >= hlLastTs) {
          hlLast = price;
          hlLastTs = sip;
        }
      }
    }
    if ((mask & ConditionRules.OPEN_CLOSE) != 0) {
      if (!hasOpenClose) {
        open = price;
        openTs = sip;
        close = price;
        closeTs = sip;
        hasOpenClose = true;
      } else {
        if (sip < openTs) {
          open = price;
          openTs = sip;
        }
        if (sip >= closeTs) {
          close = price;
          closeTs = sip;
        }
      }
    }
    if ((mask & ConditionRules.VOLUME) != 0) {
      volume += size;
      priceVolume += price * size;
    }
    count++;
    if (afterEnd) {
      revision++;
    }
    formingDirty = true;
  }

  /** True when some trade may set a price: only then is there a bar. */
  boolean hasBar() {
    return hasOpenClose || hasHighLow;
  }

  Bar toBar(String symbol, Interval interval, boolean isFinal, BarSource source, String rulesVersion,
      SessionClock sessions) {
    double o = hasOpenClose ? open : hlFirst;
    double c = hasOpenClose ? close : hlLast;
    double h = hasHighLow ? high : Math.max(o, c);
    double l = hasHighLow ? low : Math.min(o, c);
    double vwap = volume > 0 ? priceVolume / volume : 0;
    BarSource s = backfilled && source.precedence() < BarSource.BACKFILL.precedence() ? BarSource.BACKFILL : source;
    return new Bar(symbol, interval, start, o, h, l, c, volume, vwap, count, sessions.of(interval, start), isFinal,
        s, revision, rulesVersion);
  }

  void write(ByteBuffer b) {
    b.putLong(start).putLong(end).putDouble(open).putLong(openTs).putDouble(close).putLong(closeTs)
        .putDouble(high).putDouble(low).putDouble(hlFirst).putLong(hlFirstTs).putDouble(hlLast).putLong(hlLastTs)
        .putDouble(volume).putDouble(priceVolume);
    b.putInt(revision);
    b.put((byte) ((hasOpenClose ? 1 : 0) | (hasHighLow ? 2 : 0) | (formingDirty ? 4 : 0)
        | (backfilled ? 8 : 0)));
  }

  // count is stored separately by KeyState to keep the layout obvious
  long count() {
    return count;
  }

  static WindowAccumulator read(ByteBuffer b, long count) {
    WindowAccumulator w = new WindowAccumulator(b.getLong(), b.getLong());
    w.open = b.getDouble();
    w.openTs = b.getLong();
    w.close = b.getDouble();
    w.closeTs = b.getLong();
    w.high = b.getDouble();
    w.low = b.getDouble();
    w.hlFirst = b.getDouble();
    w.hlFirstTs = b.getLong();
    w.hlLast = b.getDouble();
    w.hlLastTs = b.getLong();
    w.volume = b.getDouble();
    w.priceVolume = b.getDouble();
    w.revision = b.getInt();
    byte flags = b.get();
    w.hasOpenClose = (flags & 1) != 0;
    w.hasHighLow = (flags & 2) != 0;
    w.formingDirty = (flags & 4) != 0;
    w.backfilled = (flags & 8) != 0;
    w.count = count;
    return w;
  }
}
