package io.peripheral.feed.polygon.live;

import io.peripheral.schemas.trade.Trade;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what it is given (thread-safe: tests read while the processor writes). */
class CollectingSink implements LiveEventSink {
  final List<Trade> trades = new CopyOnWriteArrayList<>();
  final List<QuoteEvent> quotes = new CopyOnWriteArrayList<>();
  final List<AggregateEvent> aggregates = new CopyOnWriteArrayList<>();

  @Override
  public void trade(Trade trade) {
    trades.add(trade);
  }

  @Override
  public void quote(QuoteEvent quote) {
    quotes.add(quote);
  }

  @Override
  public void aggregate(AggregateEvent aggregate) {
    aggregates.add(aggregate);
  }
}
