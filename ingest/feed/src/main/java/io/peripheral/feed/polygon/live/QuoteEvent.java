package io.peripheral.feed.polygon.live;

import java.util.Objects;

/**
 * A Polygon {@code Q} event (NBBO quote). Timestamps are epoch nanoseconds (Polygon sends milliseconds); absent
 * numeric fields are 0, absent indicators an empty array. Kept inside the feed until the quotes topic exists.
 */
public record QuoteEvent(String symbol, int bidExchange, double bidPrice, double bidSize, int askExchange,
    double askPrice, double askSize, int condition, int[] indicators, long sipTimestamp, long sequenceNumber,
    int tape) {
  private static final int[] NONE = new int[0];

  public QuoteEvent {
    Objects.requireNonNull(symbol, "symbol");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is blank");
    }
    if (sipTimestamp <= 0) {
      throw new IllegalArgumentException("t must be positive, was " + sipTimestamp);
    }
    if (bidPrice < 0 || askPrice < 0 || bidSize < 0 || askSize < 0) {
      throw new IllegalArgumentException("negative bid/ask price or size");
    }
    indicators = indicators == null ? NONE : indicators.clone();
  }
}
