package io.peripheral.schemas.quote;

import java.util.List;
import java.util.Objects;

/**
 * The quotes of one record on a quotes topic: the in-memory twin of one Arrow record batch. All of one partition
 * ({@link io.peripheral.schemas.topic.SymbolPartitioner}), each symbol's quotes in SIP-time order.
 */
public record QuoteBatch(List<Quote> quotes) {
  public QuoteBatch {
    Objects.requireNonNull(quotes, "quotes");
    quotes = List.copyOf(quotes);
  }

  public int size() {
    return quotes.size();
  }

  public Quote get(int i) {
    return quotes.get(i);
  }
}
