package io.peripheral.feed.polygon.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.feed.hotquote.HotQuoteWriter;
import io.peripheral.feed.produce.AggPublisher;
import io.peripheral.feed.produce.QuotePublisher;
import io.peripheral.schemas.agg.AggSource;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.Timespan;
import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.trade.Trade;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Where every live Polygon event goes: trades to the trades topic (through the trade sink, which also marks
 * backfilled gaps), quotes to the quotes topic, Polygon's own second and minute aggregates to the aggregates topic,
 * and the latest trade and NBBO of each symbol to the hot-quote cache. Called from the feed's single processing
 * thread. A quote or aggregate our contracts cannot hold (e.g. a quote with neither side quoted) is skipped,
 * counted ({@code peripheral.feed.polygon.skipped}) and its first occurrence logged.
 */
public final class LiveMarketData implements LiveEventSink {
  private static final Logger LOG = Logger.getLogger(LiveMarketData.class);
  private static final int[] NONE = new int[0];

  private final LiveEventSink trades;
  private final QuotePublisher quotes;
  private final AggPublisher aggregates;
  private final HotQuoteWriter cache;
  private final Counter skippedQuotes;
  private final Counter skippedAggregates;

  public LiveMarketData(LiveEventSink trades, QuotePublisher quotes, AggPublisher aggregates, HotQuoteWriter cache,
      MeterRegistry registry) {
    this.trades = trades;
    this.quotes = quotes;
    this.aggregates = aggregates;
    this.cache = cache;
    this.skippedQuotes = registry.counter("peripheral.feed.polygon.skipped", "event", "Q");
    this.skippedAggregates = registry.counter("peripheral.feed.polygon.skipped", "event", "A");
  }

  @Override
  public void trade(Trade trade) {
    trades.trade(trade);
    cache.onTrade(trade);
  }

  /** Gap trades are history: they go to the trades topic only, the cache keeps what arrived live since. */
  @Override
  public void backfill(List<Trade> backfilled) {
    trades.backfill(backfilled);
  }

  @Override
  public void quote(QuoteEvent event) {
    Quote quote;
    try {
      quote = toQuote(event);
    } catch (IllegalArgumentException e) {
      skip(skippedQuotes, "quote", event, e);
      return;
    }
    quotes.add(quote);
    cache.onQuote(quote);
  }

  @Override
  public void aggregate(AggregateEvent event) {
    PolygonAgg agg;
    try {
      agg = toAgg(event);
    } catch (IllegalArgumentException e) {
      skip(skippedAggregates, "aggregate", event, e);
      return;
    }
    aggregates.send(agg);
  }

  @Override
  public void flushDue() {
    trades.flushDue();
    quotes.flushDue();
  }

  @Override
  public void flush() {
    trades.flush();
    quotes.flush();
    aggregates.flush();
  }

  static Quote toQuote(QuoteEvent q) {
    int[] conditions = q.condition() == 0 ? NONE : new int[] {q.condition()};
    return new Quote(q.symbol(), q.sipTimestamp(), 0, q.bidExchange(), q.bidPrice(), q.bidSize(), q.askExchange(),
        q.askPrice(), q.askSize(), conditions, q.indicators(), q.sequenceNumber(), q.tape(), 0);
  }

  static PolygonAgg toAgg(AggregateEvent a) {
    Timespan timespan = a.kind() == AggregateEvent.Kind.SECOND ? Timespan.SECOND : Timespan.MINUTE;
    return new PolygonAgg(a.symbol(), timespan, a.start(), a.end(), a.open(), a.high(), a.low(), a.close(),
        a.volume(), a.vwap() > 0 ? a.vwap() : null, null, a.accumulatedVolume(),
        a.officialOpen() > 0 ? a.officialOpen() : null, a.dayVwap() > 0 ? a.dayVwap() : null,
        a.averageTradeSize() > 0 ? a.averageTradeSize() : null, a.otc(), AggSource.WEBSOCKET);
  }

  private static void skip(Counter counter, String what, Object event, IllegalArgumentException why) {
    counter.increment();
    if (counter.count() == 1) {
      LOG.warnf("skipped a live %s our contract cannot hold (%s): %s; later ones are only counted", what,
          why.getMessage(), event);
    }
  }
}
