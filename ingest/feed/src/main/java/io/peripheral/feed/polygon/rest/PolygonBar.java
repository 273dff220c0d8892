package io.peripheral.feed.polygon.rest;

/** One result of {@code /v2/aggs/...}: Polygon's own bar ({@code t} = window start, here in nanoseconds). */
public record PolygonBar(String symbol, long start, double open, double high, double low, double close,
    double volume, double vwap, long trades) {
  public PolygonBar {
    if (start <= 0 || !(low <= high)) {
      throw new IllegalArgumentException("bad bar t=" + start + " h=" + high + " l=" + low);
    }
  }
}
