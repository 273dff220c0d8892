package io.peripheral.api.quotes.service;

import io.peripheral.api.quotes.repository.QuoteCacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The latest trade and NBBO of symbols, from the hot-quote cache. */
@ApplicationScoped
public class QuoteService {
  private final QuoteCacheRepository cache;

  public QuoteService(QuoteCacheRepository cache) {
    this.cache = cache;
  }

  public Uni<HotQuote> one(String symbol) {
    return cache.read(List.of(symbol)).map(m -> m.get(symbol));
  }

  /** Every symbol asked for, in order; symbols with nothing cached have an empty {@link HotQuote}. */
  public Uni<Map<String, HotQuote>> many(List<String> symbols) {
    return cache.read(symbols);
  }
}
