package io.peripheral.feed.polygon.reference;

import java.time.Instant;
import java.util.Objects;

/** One row of {@code /v3/reference/tickers}; name, type, market and exchange may be unknown (null). */
public record Ticker(String symbol, String name, String type, String market, String primaryExchange,
    boolean active, Instant updatedAt) {
  public Ticker {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("ticker without a symbol");
    }
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
