package io.peripheral.api.bars.service;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.Interval;
import java.util.Objects;

/** One live bar stream: a symbol at an interval. */
public record BarKey(String symbol, Interval interval) {
  public BarKey {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(interval, "interval");
  }

  public static BarKey of(Bar bar) {
    return new BarKey(bar.symbol(), bar.interval());
  }
}
