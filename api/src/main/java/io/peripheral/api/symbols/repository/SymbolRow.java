package io.peripheral.api.symbols.repository;

import java.time.Instant;
import java.util.Objects;

/** One row of the {@code symbols} table. */
public record SymbolRow(String symbol, String name, String type, boolean active, Instant firstSeen,
    Instant lastSeen) {

  public SymbolRow {
    Objects.requireNonNull(symbol, "symbol");
  }
}
