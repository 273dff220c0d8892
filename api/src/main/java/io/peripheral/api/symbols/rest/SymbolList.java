package io.peripheral.api.symbols.rest;

import java.util.List;

/** Body of {@code GET /api/symbols}. */
public record SymbolList(List<SymbolView> symbols) {
  public SymbolList {
    symbols = List.copyOf(symbols);
  }
}
