package io.peripheral.api.quotes.rest;

import io.peripheral.api.params.TimeParameter;
import io.peripheral.api.quotes.service.HotQuote;
import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import java.util.List;

/**
 * A symbol's cached latest trade and NBBO as the API shows them. Timestamps are epoch ns ({@code sip_timestamp})
 * plus the ISO instant ({@code time}) for browsers; a part nothing was cached for is null.
 */
public record QuoteView(String symbol, TradeView trade, NbboView nbbo) {

  public static QuoteView of(HotQuote q) {
    return new QuoteView(q.symbol(), q.trade() == null ? null : TradeView.of(q.trade()),
        q.nbbo() == null ? null : NbboView.of(q.nbbo()));
  }

  /** The latest trade. */
  public record TradeView(double price, double size, int exchange, List<Integer> conditions, long sipTimestamp,
      String time) {
    static TradeView of(LastTrade t) {
      return new TradeView(t.price(), t.size(), t.exchange(),
          java.util.Arrays.stream(t.conditions()).boxed().toList(), t.sipTimestamp(), TimeParameter.iso(t.sipTimestamp()));
    }
  }

  /** The latest national best bid and offer (a side without a quote has price and size 0). */
  public record NbboView(double bidPrice, double bidSize, int bidExchange, double askPrice, double askSize,
      int askExchange, long sipTimestamp, String time) {
    static NbboView of(Nbbo n) {
      return new NbboView(n.bidPrice(), n.bidSize(), n.bidExchange(), n.askPrice(), n.askSize(), n.askExchange(),
          n.sipTimestamp(), TimeParameter.iso(n.sipTimestamp()));
    }
  }
}
