package io.peripheral.api.bars.service;

import io.peripheral.schemas.bar.Interval;
import java.util.Objects;

/**
 * A range of final bars: {@code [fromNs, toNs)} in epoch ns, at most {@code limit} of them, with prices
 * adjusted as {@code adjustment} says.
 */
public record BarQuery(String symbol, Interval interval, long fromNs, long toNs, int limit,
    PriceAdjustment adjustment) {
  public static final long UNBOUNDED_FROM = Long.MIN_VALUE;
  public static final long UNBOUNDED_TO = Long.MAX_VALUE;

  /** Raw (unadjusted) bars. */
  public BarQuery(String symbol, Interval interval, long fromNs, long toNs, int limit) {
    this(symbol, interval, fromNs, toNs, limit, PriceAdjustment.RAW);
  }

  public BarQuery {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(adjustment, "adjustment");
    if (fromNs >= toNs) {
      throw new IllegalArgumentException("from must be before to");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
