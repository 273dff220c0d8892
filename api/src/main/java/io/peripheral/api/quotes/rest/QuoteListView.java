package io.peripheral.api.quotes.rest;

import java.util.List;

/** {@code GET /api/quotes?symbols=}: the symbols with a cached quote, in the order asked, and those without. */
public record QuoteListView(List<QuoteView> quotes, List<String> missing) {
  public QuoteListView {
    quotes = List.copyOf(quotes);
    missing = List.copyOf(missing);
  }
}
