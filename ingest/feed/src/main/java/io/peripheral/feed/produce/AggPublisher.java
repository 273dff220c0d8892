package io.peripheral.feed.produce;

import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.PolygonAggJson;
import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.topic.TopicCatalog;
import java.nio.charset.StandardCharsets;

/**
 * Polygon's own aggregates (WebSocket {@code A}/{@code AM}, REST {@code /v2/aggs}, flat files) onto the aggregates
 * topic of a namespace: one JSON record per aggregate keyed by symbol, on the symbol's partition. Never onto our
 * bar topics. Single-threaded.
 */
public final class AggPublisher implements AutoCloseable {
  private final KafkaRecordSink sink;
  private final String topic;
  private final int partitions;
  private final FeedMetrics metrics;

  public AggPublisher(KafkaRecordSink sink, TopicCatalog catalog, FeedMetrics metrics) {
    this.sink = sink;
    this.topic = catalog.polygonAggs().name();
    this.partitions = catalog.polygonAggs().partitions();
    this.metrics = metrics;
  }

  public AggPublisher(ProducerSettings producer, TopicCatalog catalog, String clientId, FeedMetrics metrics) {
    this(KafkaRecordSink.open(producer, clientId), catalog, metrics);
  }

  public void send(PolygonAgg agg) {
    byte[] value = PolygonAggJson.write(agg);
    sink.send(topic, SymbolPartitioner.partition(agg.symbol(), partitions),
        agg.symbol().getBytes(StandardCharsets.UTF_8), value, () -> metrics.produced(1, value.length));
  }

  public void flush() {
    sink.flush();
  }

  @Override
  public void close() {
    sink.close();
  }
}
