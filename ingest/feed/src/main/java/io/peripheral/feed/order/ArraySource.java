package io.peripheral.feed.order;

import io.peripheral.schemas.trade.Trade;

/** The first {@code count} trades of an array, in array order. */
final class ArraySource implements TradeSource {
  private final Trade[] trades;
  private final int count;
  private int next;

  ArraySource(Trade[] trades, int count) {
    this.trades = trades;
    this.count = count;
  }

  @Override
  public Trade next() {
    if (next == count) {
      return null;
    }
    Trade t = trades[next];
    trades[next++] = null;
    return t;
  }
}
