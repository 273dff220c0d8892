package io.peripheral.schemas.bar;

import java.util.Objects;

/**
 * One OHLCV bar of one symbol. {@code start} is the window start in epoch nanoseconds (UTC). A bar with
 * {@code isFinal == false} is the forming candle and may change; a final bar is only replaced by a bar of a
 * higher revision or a source of higher precedence (see {@link BarSource}).
 *
 * @param rulesVersion version of the trade-condition table the bar was built with
 */
public record Bar(
    String symbol,
    Interval interval,
    long start,
    double open,
    double high,
    double low,
    double close,
    double volume,
    double vwap,
    long tradeCount,
    Session session,
    boolean isFinal,
    BarSource source,
    int revision,
    String rulesVersion) {

  public Bar {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(source, "source");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("bar symbol is blank");
    }
    if (revision < 0) {
      throw new IllegalArgumentException("bar revision is negative: " + revision);
    }
  }

  /** End of the bar's window, exclusive, epoch ns. */
  public long end() {
    return interval.windowEnd(start);
  }

  /** True when this bar should replace {@code other} for the same (symbol, interval, start). */
  public boolean supersedes(Bar other) {
    if (source.precedence() != other.source.precedence()) {
      return source.precedence() > other.source.precedence();
    }
    if (revision != other.revision) {
      return revision > other.revision;
    }
    return isFinal && !other.isFinal;
  }

  public Bar withFinal(boolean value) {
    return new Bar(symbol, interval, start, open, high, low, close, volume, vwap, tradeCount, session, value, source,
        revision, rulesVersion);
  }
}
