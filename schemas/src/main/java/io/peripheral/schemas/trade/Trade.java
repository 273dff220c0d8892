package io.peripheral.schemas.trade;

import java.util.Objects;

/**
 * One trade print, as parsed from a source. Timestamps are epoch nanoseconds, UTC; {@code 0} means absent for
 * {@code participantTimestamp} and {@code trfTimestamp}, {@code -1} means absent for {@code trfId}.
 * The constructor rejects what can never be a valid print (blank symbol, non-positive price or size,
 * non-positive SIP timestamp), so a source can turn the message into a reject entry.
 */
public record Trade(
    String symbol,
    long sipTimestamp,
    long participantTimestamp,
    double price,
    double size,
    int exchange,
    int tape,
    int[] conditions,
    String tradeId,
    long sequenceNumber,
    int correction,
    int trfId,
    long trfTimestamp) {

  private static final int[] NO_CONDITIONS = new int[0];

  public Trade {
    Objects.requireNonNull(symbol, "symbol");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is blank");
    }
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new IllegalArgumentException("price must be positive, was " + price);
    }
    if (!(size > 0) || Double.isInfinite(size)) {
      throw new IllegalArgumentException("size must be positive, was " + size);
    }
    if (sipTimestamp <= 0) {
      throw new IllegalArgumentException("sip_timestamp must be positive, was " + sipTimestamp);
    }
    // Not copied: sources build a fresh array per trade and trades are hot-path values.
    conditions = conditions == null ? NO_CONDITIONS : conditions;
    tradeId = tradeId == null ? "" : tradeId;
  }

  /** A trade with only the fields the bars need; the rest take their "absent" values. */
  public static Trade of(String symbol, long sipTimestamp, double price, double size, int... conditions) {
    return new Trade(symbol, sipTimestamp, 0, price, size, 0, 0, conditions, "", 0, 0, -1, 0);
  }
}
