package io.peripheral.feed.polygon.live;

import io.peripheral.schemas.trade.Trade;
import java.util.List;

/**
 * Where parsed live events go. Called from the single processing thread, in arrival order. The trade path
 * produces to the trades topic; {@link LiveMarketData} adds the quotes and Polygon-aggregates topics and the
 * hot-quote cache.
 */
public interface LiveEventSink {
  void trade(Trade trade);

  void quote(QuoteEvent quote);

  void aggregate(AggregateEvent aggregate);

  /**
   * Trades recovered for a gap, de-duplicated and in SIP order, to be produced before any later live trade.
   * The Kafka sink marks their records ({@code TradeOrigin}) so their bars get {@code source=backfill}.
   */
  default void backfill(List<Trade> trades) {
    trades.forEach(this::trade);
  }

  /** Called when the processing thread is idle: send whatever waited long enough. */
  default void flushDue() { }

  /** Sends everything handed over so far and waits for it. */
  default void flush() { }
}
