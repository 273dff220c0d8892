package io.peripheral.feed.produce;

import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.quote.QuoteArrowCodec;
import io.peripheral.schemas.topic.TopicCatalog;

/**
 * Quotes from a live source onto the quotes topic of a namespace: per-partition Arrow batches ({@link QuoteBatcher})
 * sent when full or after the producer linger, through a {@link KafkaRecordSink} (idempotent, acks=all,
 * backpressure, the first failure rethrown). Single-threaded: the source's thread calls {@link #add} and, while idle,
 * {@link #flushDue}.
 */
public final class QuotePublisher implements AutoCloseable {
  private final KafkaRecordSink sink;
  private final QuoteBatcher batcher;

  public QuotePublisher(ProducerSettings producer, TopicCatalog catalog, String clientId, FeedMetrics metrics) {
    this.sink = KafkaRecordSink.open(producer, clientId);
    String topic = catalog.quotes().name();
    this.batcher = new QuoteBatcher(catalog.quotes().partitions(), producer.batchRows(), producer.linger().toNanos(),
        System::nanoTime, (batch, p) -> {
          byte[] value = QuoteArrowCodec.encode(batch);
          sink.send(topic, p, null, value, () -> metrics.produced(batch.size(), value.length));
        });
  }

  public void add(Quote q) {
    batcher.add(q);
  }

  /** Sends the batches that waited the linger time. */
  public void flushDue() {
    batcher.flushDue();
  }

  /** Sends everything and waits for the broker's acknowledgement; throws if anything failed. */
  public void flush() {
    batcher.flushAll();
    sink.flush();
  }

  @Override
  public void close() {
    try {
      flush();
    } finally {
      sink.close();
    }
  }
}
