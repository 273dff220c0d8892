package io.peripheral.schemas.hotquote;

import io.peripheral.schemas.quote.Quote;

/**
 * The latest national best bid and offer of a symbol in the hot-quote cache (a side without a quote has price and
 * size 0). {@code sipTimestamp} is epoch ns; the cache keeps the quote with the newest SIP time.
 */
public record Nbbo(double bidPrice, double bidSize, int bidExchange, double askPrice, double askSize,
    int askExchange, long sipTimestamp) {
  public Nbbo {
    if (bidPrice < 0 || askPrice < 0 || bidSize < 0 || askSize < 0 || sipTimestamp <= 0) {
      throw new IllegalArgumentException("an NBBO needs non-negative prices and sizes and a positive sip timestamp");
    }
  }

  public static Nbbo of(Quote q) {
    return new Nbbo(q.bidPrice(), q.bidSize(), q.bidExchange(), q.askPrice(), q.askSize(), q.askExchange(),
        q.sipTimestamp());
  }
}
