package io.peripheral.schemas.agg;

import java.util.Objects;

/**
 * One of Polygon's own aggregates (OHLCV of one symbol over a second, a minute or a day), as Polygon computed it.
 * It travels on its own topic so it can be compared with our bars, never mixed into them. Times are epoch
 * nanoseconds UTC; a day window starts at midnight America/New_York like our 1d bars. Optional values are
 * {@code null} when the source does not carry them (flat files have no VWAP; only WebSocket events carry the
 * day's accumulated volume, official open and day VWAP).
 *
 * @param end window end, exclusive
 * @param vwap the window's volume-weighted average price ({@code vw})
 * @param transactions number of trades in the window ({@code n}, flat-file {@code transactions})
 * @param accumulatedVolume the day's volume so far ({@code av})
 * @param officialOpen the day's official opening price ({@code op})
 * @param dayVwap the day's VWAP so far ({@code a})
 * @param averageSize average trade size in the window ({@code z})
 * @param otc whether the ticker is OTC ({@code otc}); null when unknown
 */
public record PolygonAgg(
    String symbol,
    Timespan timespan,
    long start,
    long end,
    double open,
    double high,
    double low,
    double close,
    double volume,
    Double vwap,
    Long transactions,
    Double accumulatedVolume,
    Double officialOpen,
    Double dayVwap,
    Double averageSize,
    Boolean otc,
    AggSource source) {

  public PolygonAgg {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(timespan, "timespan");
    Objects.requireNonNull(source, "source");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is blank");
    }
    if (start <= 0 || end <= start) {
      throw new IllegalArgumentException("window must have 0 < start < end, was [" + start + ", " + end + ")");
    }
    for (double price : new double[] {open, high, low, close}) {
      if (!(price > 0) || Double.isInfinite(price)) {
        throw new IllegalArgumentException("open, high, low and close must be positive, were " + open + ", " + high
            + ", " + low + ", " + close);
      }
    }
    if (low > high) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
    if (!(volume >= 0) || Double.isInfinite(volume)) {
      throw new IllegalArgumentException("volume must be a non-negative number, was " + volume);
    }
    if (transactions != null && transactions < 0) {
      throw new IllegalArgumentException("transactions must not be negative, was " + transactions);
    }
  }

  /** An aggregate with the fields every source has; the optional ones are null. */
  public static PolygonAgg of(String symbol, Timespan timespan, long start, long end, double open, double high,
      double low, double close, double volume, Long transactions, AggSource source) {
    return new PolygonAgg(symbol, timespan, start, end, open, high, low, close, volume, null, transactions, null,
        null, null, null, null, source);
  }
}
