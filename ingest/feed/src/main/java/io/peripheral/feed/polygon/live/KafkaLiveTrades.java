package io.peripheral.feed.polygon.live;

import io.peripheral.feed.produce.AsyncBatchSink;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.KafkaTradeSink;
import io.peripheral.feed.produce.PartitionBatcher;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;

/**
 * The trade path of the live feed: the same partition batching, Arrow encoding and idempotent producer as the
 * synthetic feed, into the namespace's trades topic. Quotes and aggregates are not handled here (see
 * {@link UnwiredQuoteAggregateSink}).
 */
public final class KafkaLiveTrades implements LiveEventSink, AutoCloseable {
  private final KafkaTradeSink sink;
  private final AsyncBatchSink sender;
  private final PartitionBatcher batcher;

  public KafkaLiveTrades(ProducerSettings producer, TopicCatalog catalog, FeedMetrics metrics) {
    TopicAdmin.ensureTopics(producer.bootstrap(), catalog);
    this.sink = KafkaTradeSink.open(producer, catalog.trades().name(), "feed-polygon", metrics);
    this.sender = new AsyncBatchSink(sink, 8, "polygon-sender");
    this.batcher = new PartitionBatcher(catalog.trades().partitions(), producer.batchRows(), producer.linger(),
        sender);
  }

  @Override
  public void trade(Trade trade) {
    batcher.add(trade);
  }

  @Override
  public void quote(QuoteEvent quote) {
    throw new UnsupportedOperationException("quotes go to UnwiredQuoteAggregateSink");
  }

  @Override
  public void aggregate(AggregateEvent aggregate) {
    throw new UnsupportedOperationException("aggregates go to UnwiredQuoteAggregateSink");
  }

  @Override
  public void flushDue() {
    batcher.flushDue();
  }

  @Override
  public void flush() {
    batcher.flushAll();
    sender.drain();
    sink.flush();
  }

  @Override
  public void close() {
    try {
      flush();
    } finally {
      sender.close();
      sink.close();
    }
  }
}
