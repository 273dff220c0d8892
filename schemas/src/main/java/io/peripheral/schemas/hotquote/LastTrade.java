package io.peripheral.schemas.hotquote;

import io.peripheral.schemas.trade.Trade;
import java.util.Objects;

/**
 * The latest trade of a symbol in the hot-quote cache. {@code sipTimestamp} is epoch ns; the cache keeps the trade
 * with the newest SIP time (a late print never replaces a newer one).
 */
public record LastTrade(double price, double size, int exchange, int[] conditions, long sipTimestamp) {
  public LastTrade {
    Objects.requireNonNull(conditions, "conditions");
    if (!(price > 0) || !(size > 0) || sipTimestamp <= 0) {
      throw new IllegalArgumentException("a last trade needs positive price, size and sip timestamp");
    }
  }

  public static LastTrade of(Trade t) {
    return new LastTrade(t.price(), t.size(), t.exchange(), t.conditions(), t.sipTimestamp());
  }
}
