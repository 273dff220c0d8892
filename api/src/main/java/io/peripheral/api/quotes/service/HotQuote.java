package io.peripheral.api.quotes.service;

import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import java.util.Objects;

/** What the cache holds for one symbol: the latest trade and the latest NBBO, either possibly absent. */
public record HotQuote(String symbol, LastTrade trade, Nbbo nbbo) {
  public HotQuote {
    Objects.requireNonNull(symbol, "symbol");
  }

  public boolean isEmpty() {
    return trade == null && nbbo == null;
  }

  /** True when this holds a newer trade or NBBO than {@code before} (by SIP time). */
  public boolean isNewerThan(HotQuote before) {
    if (before == null) {
      return !isEmpty();
    }
    return sip(trade == null ? 0 : trade.sipTimestamp(), before.trade == null ? 0 : before.trade.sipTimestamp())
        || sip(nbbo == null ? 0 : nbbo.sipTimestamp(), before.nbbo == null ? 0 : before.nbbo.sipTimestamp());
  }

  private static boolean sip(long now, long before) {
    return now > before;
  }
}
