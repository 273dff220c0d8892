package io.peripheral.api.bars.service;

import io.peripheral.schemas.bar.Interval;
import java.util.Objects;

/** A range of final bars: {@code [fromNs, toNs)} in epoch ns, at most {@code limit} of them. */
public record BarQuery(String symbol, Interval interval, long fromNs, long toNs, int limit) {
  public static final long UNBOUNDED_FROM = Long.MIN_VALUE;
  public static final long UNBOUNDED_TO = Long.MAX_VALUE;

  public BarQuery {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(interval, "interval");
    if (fromNs >= toNs) {
      throw new IllegalArgumentException("from must be before to");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
