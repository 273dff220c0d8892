package io.peripheral.schemas.hotquote;

/**
 * The hot-quote cache layout in Redis (its only use in Peripheral): one hash per symbol,
 * {@code peripheral:hq:v1:<SYMBOL>}, with the field {@value #TRADE} (the latest trade, {@link LastTrade} JSON) and
 * the field {@value #NBBO} (the latest NBBO, {@link Nbbo} JSON). Writers set the fields they have and renew the
 * key's TTL; readers {@code HGETALL} it. Two writers (trades from one source, quotes from another) never clobber
 * each other's field.
 */
public final class HotQuoteKeys {
  public static final String PREFIX = "peripheral:hq:v1:";
  public static final String TRADE = "trade";
  public static final String NBBO = "nbbo";

  private HotQuoteKeys() {}

  public static String key(String symbol) {
    return PREFIX + symbol;
  }
}
