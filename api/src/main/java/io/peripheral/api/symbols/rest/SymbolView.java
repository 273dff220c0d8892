package io.peripheral.api.symbols.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.peripheral.api.symbols.repository.SymbolRow;
import java.time.Instant;

/** A symbol as served by {@code GET /api/symbols}. */
public record SymbolView(String symbol, String name, String type, boolean active,
    @JsonProperty("first_seen") Instant firstSeen, @JsonProperty("last_seen") Instant lastSeen) {

  static SymbolView of(SymbolRow row) {
    return new SymbolView(row.symbol(), row.name(), row.type(), row.active(), row.firstSeen(), row.lastSeen());
  }
}
