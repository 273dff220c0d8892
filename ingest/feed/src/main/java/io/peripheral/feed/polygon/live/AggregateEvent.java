package io.peripheral.feed.polygon.live;

import java.util.Objects;

/**
 * A Polygon aggregate event: {@code A} (per second) or {@code AM} (per minute). These are Polygon's own bars,
 * kept apart from ours (they are for comparison, never mixed into our bars). Times are epoch nanoseconds.
 *
 * @param accumulatedVolume {@code av}: today's volume so far
 * @param officialOpen {@code op}: today's official opening price (0 when absent)
 * @param dayVwap {@code a}: today's volume-weighted average price
 * @param averageTradeSize {@code z}
 */
public record AggregateEvent(Kind kind, String symbol, double volume, double accumulatedVolume,
    double officialOpen, double vwap, double open, double close, double high, double low, double dayVwap,
    double averageTradeSize, long start, long end, boolean otc) {

  /** Which channel the aggregate came from. */
  public enum Kind { SECOND, MINUTE }

  public AggregateEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(symbol, "symbol");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is blank");
    }
    if (start <= 0 || end < start) {
      throw new IllegalArgumentException("bad window s=" + start + " e=" + end);
    }
    if (!(low <= high) || !(low > 0)) {
      throw new IllegalArgumentException("bad high/low " + high + "/" + low);
    }
  }
}
