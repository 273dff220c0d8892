package io.peripheral.feed.order;

import io.peripheral.schemas.trade.Trade;
import java.util.Iterator;
import java.util.List;

/** A source over a list, remembering whether it was closed. */
final class ListSource implements TradeSource {
  private final Iterator<Trade> it;
  boolean closed;

  ListSource(List<Trade> trades) {
    this.it = trades.iterator();
  }

  @Override
  public Trade next() {
    return it.hasNext() ? it.next() : null;
  }

  @Override
  public void close() {
    closed = true;
  }
}
