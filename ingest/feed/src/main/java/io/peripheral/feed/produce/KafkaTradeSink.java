package io.peripheral.feed.produce;

import io.peripheral.schemas.trade.TradeArrowEncoder;
import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Produces per-partition trade batches to a trades topic: one Arrow IPC stream per record
 * ({@link TradeArrowEncoder}; one sending thread at a time), sent to an explicit
 * partition with a null key. The first failed send is kept and rethrown by the next call, so a broken broker
 * stops the source instead of losing ticks silently. A full producer buffer blocks {@link #send}: backpressure.
 */
public final class KafkaTradeSink implements BatchSink, AutoCloseable {
  private final Producer<byte[], byte[]> producer;
  private final String topic;
  private final FeedMetrics metrics;
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final TradeArrowEncoder encoder = new TradeArrowEncoder();
  private final java.util.Set<Integer> primed = new java.util.HashSet<>();

  public KafkaTradeSink(Producer<byte[], byte[]> producer, String topic, FeedMetrics metrics) {
    this.producer = producer;
    this.topic = topic;
    this.metrics = metrics;
  }

  public static KafkaTradeSink open(ProducerSettings settings, String topic, String clientId, FeedMetrics metrics) {
    return new KafkaTradeSink(new KafkaProducer<>(settings.kafkaProperties(clientId)), topic, metrics);
  }

  public String topic() {
    return topic;
  }

  @Override
  public void send(int partition, TradeBatch batch) {
    send(partition, batch, null);
  }

  /** Sends one batch with record headers (e.g. {@code TradeOrigin}); null for none. */
  public void send(int partition, TradeBatch batch, RecordHeaders headers) {
    checkFailure();
    byte[] value = encoder.encode(batch);
    int rows = batch.size();
    try {
      Future<RecordMetadata> sent = producer.send(new ProducerRecord<>(topic, partition, null, null, value, headers),
          (meta, e) -> {
        if (e != null) {
          failure.compareAndSet(null, e);
        } else {
          metrics.produced(rows, value.length);
        }
      });
      awaitIfFirst(partition, sent);
    } catch (InterruptException e) {
      throw new FeedSendException("interrupted while sending to " + topic, e);
    } catch (RuntimeException e) {
      throw new FeedSendException("could not send " + rows + " trades to " + topic + "-" + partition + ": "
          + e.getMessage(), e);
    }
  }

  /** Sends one end-of-stream control record (null value, {@link ControlRecords} header) to every partition. */
  public void endOfStream(int partitions) {
    checkFailure();
    for (int p = 0; p < partitions; p++) {
      RecordHeaders headers = new RecordHeaders();
      ControlRecords.markEndOfStream(headers);
      awaitIfFirst(p, producer.send(new ProducerRecord<>(topic, p, null, null, null, headers), (meta, e) -> {
        if (e != null) {
          failure.compareAndSet(null, e);
        }
      }));
    }
  }

  /**
   * The first record to each partition is awaited before anything else goes there. On a just-created topic a
   * first request can fail with NOT_LEADER_OR_FOLLOWER while a later in-flight one is already accepted; the
   * idempotent producer then retries the first with OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout
   * (KAFKA-15591, fixed after Kafka 4.1). One request in flight per new partition avoids it.
   */
  private void awaitIfFirst(int partition, Future<RecordMetadata> sent) {
    if (primed.add(partition)) {
      try {
        sent.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FeedSendException("interrupted while sending to " + topic, e);
      } catch (ExecutionException e) {
        failure.compareAndSet(null, (Exception) e.getCause());
        checkFailure();
      }
    }
  }

  /** Waits until everything sent is acknowledged; throws if anything failed. */
  public void flush() {
    producer.flush();
    checkFailure();
  }

  private void checkFailure() {
    Exception e = failure.get();
    if (e != null) {
      throw new FeedSendException("Kafka rejected a record on " + topic + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
    encoder.close();
  }
}
