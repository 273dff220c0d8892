package io.peripheral.feed.polygon.live;

import io.peripheral.feed.produce.AsyncBatchSink;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.KafkaTradeSink;
import io.peripheral.feed.produce.PartitionBatcher;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.topic.TradeOrigin;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeBatch;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The trade path of the live feed: the same partition batching, Arrow encoding and idempotent producer as the
 * synthetic feed, into the namespace's trades topic. Quotes and aggregates are not handled here (see
 * {@link LiveMarketData}).
 */
public final class KafkaLiveTrades implements LiveEventSink, AutoCloseable {
  private final KafkaTradeSink sink;
  private final AsyncBatchSink sender;
  private final PartitionBatcher batcher;
  private final int partitions;
  private final int batchRows;

  public KafkaLiveTrades(ProducerSettings producer, TopicCatalog catalog, FeedMetrics metrics) {
    TopicAdmin.ensureTopics(producer.bootstrap(), catalog);
    this.sink = KafkaTradeSink.open(producer, catalog.trades().name(), "feed-polygon", metrics);
    this.sender = new AsyncBatchSink(sink, 8, "polygon-sender");
    this.partitions = catalog.trades().partitions();
    this.batchRows = producer.batchRows();
    this.batcher = sender.batcher(partitions, batchRows, producer.linger());
  }

  @Override
  public void trade(Trade trade) {
    batcher.add(trade);
  }

  /**
   * Gap trades go in their own records with the {@link TradeOrigin} backfill header, after everything batched
   * so far and before any later trade: open batches are sent and the sender drained first, then these records
   * are sent directly (the sender thread is idle then, so the encoder is still used by one thread at a time).
   */
  @Override
  public void backfill(List<Trade> trades) {
    if (trades.isEmpty()) {
      return;
    }
    batcher.flushAll();
    sender.drain();
    TradeBatch[] open = new TradeBatch[partitions];
    for (Trade t : trades) {
      int p = SymbolPartitioner.partition(t.symbol(), partitions);
      if (open[p] == null) {
        open[p] = TradeBatch.builder(batchRows);
      }
      open[p].add(t);
      if (open[p].size() >= batchRows) {
        sendMarked(p, open[p]);
        open[p] = null;
      }
    }
    for (int p = 0; p < partitions; p++) {
      if (open[p] != null) {
        sendMarked(p, open[p]);
      }
    }
  }

  private void sendMarked(int partition, TradeBatch batch) {
    RecordHeaders headers = new RecordHeaders();
    TradeOrigin.markBackfill(headers);
    sink.send(partition, batch, headers);
  }

  @Override
  public void quote(QuoteEvent quote) {
    throw new UnsupportedOperationException("quotes go to LiveMarketData");
  }

  @Override
  public void aggregate(AggregateEvent aggregate) {
    throw new UnsupportedOperationException("aggregates go to LiveMarketData");
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
