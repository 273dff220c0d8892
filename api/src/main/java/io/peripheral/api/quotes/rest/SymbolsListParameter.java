package io.peripheral.api.quotes.rest;

import io.peripheral.api.error.BadParameterException;
import io.peripheral.api.params.SymbolParameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code symbols=AAPL,MSFT}: 1 to {@code max} distinct symbols, comma-separated (blanks around commas allowed). */
final class SymbolsListParameter {
  private SymbolsListParameter() {}

  static List<String> parse(String value, int max) {
    if (value == null || value.isBlank()) {
      throw new BadParameterException("symbols", value, "symbols is required: a comma-separated list like AAPL,MSFT");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String part : value.split(",", -1)) {
      out.add(SymbolParameter.parse("symbols", part.strip()));
    }
    if (out.size() > max) {
      throw new BadParameterException("symbols", value, "at most " + max + " symbols per request, got " + out.size());
    }
    return new ArrayList<>(out);
  }
}
