package io.peripheral.feed.hotquote;

import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import java.util.Objects;

/** What one pipelined write sets for one symbol: the newest trade and/or NBBO (null: leave that field as it is). */
public record HotQuoteUpdate(String symbol, LastTrade trade, Nbbo nbbo) {
  public HotQuoteUpdate {
    Objects.requireNonNull(symbol, "symbol");
    if (trade == null && nbbo == null) {
      throw new IllegalArgumentException("an update sets a trade, an NBBO or both");
    }
  }
}
