package io.peripheral.feed.synthetic;

import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.trade.Trade;
import java.util.SplittableRandom;

/**
 * NBBO quotes around the synthetic trades, so the hot-quote cache and the quotes topic have something to show: after
 * a trade, with probability {@code quoteFraction}, a quote whose bid and ask straddle the trade price by a spread of
 * one cent to 5 basis points (in whole cents), round-lot sizes and random exchanges, stamped 1-50 µs after the trade. Deterministic
 * for a seed.
 */
public final class SyntheticQuotes {
  private static final int[] EXCHANGES = {1, 2, 3, 4, 7, 8, 10, 11, 12, 15, 17, 19, 21};
  private final SplittableRandom random;
  private final double quoteFraction;
  private long sequence;

  public SyntheticQuotes(long seed, double quoteFraction) {
    if (quoteFraction < 0 || quoteFraction > 1) {
      throw new IllegalArgumentException("quoteFraction must be within [0, 1]");
    }
    this.random = new SplittableRandom(seed ^ 0x51_0E_7E_5L);
    this.quoteFraction = quoteFraction;
  }

  /** The quote following {@code t}, or null when this trade gets none. */
  public Quote after(Trade t) {
    return after(t.symbol(), t.price(), t.sipTimestamp(), t.tape());
  }

  /** The quote following a trade of {@code symbol} at {@code price}, or null when this trade gets none. */
  public Quote after(String symbol, double price, long tradeSip, int tape) {
    if (random.nextDouble() >= quoteFraction) {
      return null;
    }
    double spread = Math.max(0.01, Math.round(price * 0.0005 * random.nextDouble() * 100) / 100.0);
    double bid = Math.max(0.01, Math.round((price - spread * random.nextDouble()) * 100) / 100.0);
    double ask = Math.round((bid + spread) * 100) / 100.0;
    double bidSize = 100 * (1 + random.nextInt(20));
    double askSize = 100 * (1 + random.nextInt(20));
    long sip = tradeSip + 1_000 + random.nextInt(49_000);
    return new Quote(symbol, sip, sip - 500, EXCHANGES[random.nextInt(EXCHANGES.length)], bid, bidSize,
        EXCHANGES[random.nextInt(EXCHANGES.length)], ask, askSize, null, null, ++sequence, tape, 0);
  }
}
