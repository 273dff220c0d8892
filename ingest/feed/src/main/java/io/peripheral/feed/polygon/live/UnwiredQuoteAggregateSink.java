package io.peripheral.feed.polygon.live;

import io.peripheral.schemas.trade.Trade;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Routes trades to a trade consumer and only COUNTS quotes and aggregates (logging the first of each and a
 * running total every 100,000): the quotes and Polygon-aggregates topics are built separately and wired in at
 * merge by replacing {@link #quote} and {@link #aggregate} with producers to those topics.
 */
public final class UnwiredQuoteAggregateSink implements LiveEventSink {
  private static final Logger LOG = Logger.getLogger(UnwiredQuoteAggregateSink.class);
  private final LiveEventSink trades;
  private final AtomicLong quotes = new AtomicLong();
  private final AtomicLong aggregates = new AtomicLong();

  public UnwiredQuoteAggregateSink(LiveEventSink trades) {
    this.trades = trades;
  }

  @Override
  public void trade(Trade trade) {
    trades.trade(trade);
  }

  @Override
  public void backfill(java.util.List<Trade> backfilled) {
    trades.backfill(backfilled);
  }

  @Override
  public void quote(QuoteEvent quote) {
    long n = quotes.incrementAndGet();
    if (n == 1 || n % 100_000 == 0) {
      LOG.infof("quotes are not produced yet (no quotes topic): %,d received, e.g. %s", n, quote);
    }
  }

  @Override
  public void aggregate(AggregateEvent aggregate) {
    long n = aggregates.incrementAndGet();
    if (n == 1 || n % 100_000 == 0) {
      LOG.infof("Polygon aggregates are not produced yet (no aggregates topic): %,d received, e.g. %s", n,
          aggregate);
    }
  }

  @Override
  public void flushDue() {
    trades.flushDue();
  }

  @Override
  public void flush() {
    trades.flush();
  }

  public long quotes() {
    return quotes.get();
  }

  public long aggregates() {
    return aggregates.get();
  }
}
