package io.peripheral.schemas.quote;

import java.util.Objects;

/**
 * One NBBO quote, as parsed from a source (Polygon flat-file {@code quotes_v1}, the WebSocket {@code Q} event or
 * the REST {@code /v3/quotes}). Timestamps are epoch nanoseconds, UTC; {@code 0} means absent for
 * {@code participantTimestamp} and {@code trfTimestamp}. A side without a quote has price and size 0 (Polygon
 * sends that when one side of the book is empty), so prices and sizes may be zero but never negative.
 * Sizes are shares and may be fractional. The constructor rejects what can never be a valid quote, so a source can
 * turn the message into a reject entry.
 */
public record Quote(
    String symbol,
    long sipTimestamp,
    long participantTimestamp,
    int bidExchange,
    double bidPrice,
    double bidSize,
    int askExchange,
    double askPrice,
    double askSize,
    int[] conditions,
    int[] indicators,
    long sequenceNumber,
    int tape,
    long trfTimestamp) {

  private static final int[] NONE = new int[0];

  public Quote {
    Objects.requireNonNull(symbol, "symbol");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is blank");
    }
    if (sipTimestamp <= 0) {
      throw new IllegalArgumentException("sip_timestamp must be positive, was " + sipTimestamp);
    }
    requireNonNegative("bid_price", bidPrice);
    requireNonNegative("bid_size", bidSize);
    requireNonNegative("ask_price", askPrice);
    requireNonNegative("ask_size", askSize);
    if (bidPrice == 0 && askPrice == 0) {
      throw new IllegalArgumentException("bid_price and ask_price are both 0: no side is quoted");
    }
    // Not copied: sources build fresh arrays per quote and quotes are hot-path values.
    conditions = conditions == null ? NONE : conditions;
    indicators = indicators == null ? NONE : indicators;
  }

  private static void requireNonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be a non-negative number, was " + v);
    }
  }

  /** A quote with only the prices and sizes; the rest take their "absent" values. */
  public static Quote of(String symbol, long sipTimestamp, double bidPrice, double bidSize, double askPrice,
      double askSize) {
    return new Quote(symbol, sipTimestamp, 0, 0, bidPrice, bidSize, 0, askPrice, askSize, NONE, NONE, 0, 0, 0);
  }

  /** Value equality (records compare arrays by identity). */
  public boolean sameAs(Quote o) {
    return o != null && symbol.equals(o.symbol) && sipTimestamp == o.sipTimestamp
        && participantTimestamp == o.participantTimestamp && bidExchange == o.bidExchange
        && Double.compare(bidPrice, o.bidPrice) == 0 && Double.compare(bidSize, o.bidSize) == 0
        && askExchange == o.askExchange && Double.compare(askPrice, o.askPrice) == 0
        && Double.compare(askSize, o.askSize) == 0 && java.util.Arrays.equals(conditions, o.conditions)
        && java.util.Arrays.equals(indicators, o.indicators) && sequenceNumber == o.sequenceNumber
        && tape == o.tape && trfTimestamp == o.trfTimestamp;
  }
}
