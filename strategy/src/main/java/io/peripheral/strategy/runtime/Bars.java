package io.peripheral.strategy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One symbol's bars, oldest first, as columns. time is the bar start in epoch nanoseconds (UTC). */
public record Bars(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume,
    Map<String, double[]> extra) {
  public Bars {
    Objects.requireNonNull(time);
    int n = time.length;
    for (double[] c : new double[][] {open, high, low, close, volume}) {
      if (Objects.requireNonNull(c).length != n) {
        throw new IllegalArgumentException("all bar columns must have " + n + " rows");
      }
    }
    extra = Map.copyOf(extra == null ? Map.of() : extra);
    for (Map.Entry<String, double[]> e : extra.entrySet()) {
      if (e.getValue().length != n) {
        throw new IllegalArgumentException("column " + e.getKey() + " must have " + n + " rows");
      }
    }
  }

  public int size() {
    return time.length;
  }

  /** Every float column by name (the five OHLCV columns plus extras). */
  public Map<String, double[]> floatColumns() {
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put("open", open);
    m.put("high", high);
    m.put("low", low);
    m.put("close", close);
    m.put("volume", volume);
    m.putAll(extra);
    return m;
  }
}
