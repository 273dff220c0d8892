package io.peripheral.feed.order;

import io.peripheral.schemas.trade.Trade;

/** A pull source of trades: {@link #next()} returns {@code null} once exhausted. */
public interface TradeSource extends AutoCloseable {
  Trade next();

  @Override
  default void close() { }
}
