package io.peripheral.feed.produce;

import io.peripheral.schemas.topic.ControlRecords;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
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
 * Sends already-encoded records (quote batches, aggregates) to explicit partitions of any topic, with the same
 * guarantees as {@link KafkaTradeSink}: the first failed send is kept and rethrown by the next call (a broken broker
 * stops the source, nothing is dropped silently), a full buffer blocks (backpressure), and the first record to each
 * partition is awaited before more go there (KAFKA-15591, see {@link KafkaTradeSink}). One sending thread.
 */
public final class KafkaRecordSink implements AutoCloseable {
  private final Producer<byte[], byte[]> producer;
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Set<String> primed = new HashSet<>();

  public KafkaRecordSink(Producer<byte[], byte[]> producer) {
    this.producer = producer;
  }

  public static KafkaRecordSink open(ProducerSettings settings, String clientId) {
    return new KafkaRecordSink(new KafkaProducer<>(settings.kafkaProperties(clientId)));
  }

  /** Sends one record; {@code onSent} runs once the broker acknowledged it. */
  public void send(String topic, int partition, byte[] key, byte[] value, Runnable onSent) {
    checkFailure();
    try {
      Future<RecordMetadata> sent = producer.send(new ProducerRecord<>(topic, partition, key, value), (meta, e) -> {
        if (e != null) {
          failure.compareAndSet(null, e);
        } else if (onSent != null) {
          onSent.run();
        }
      });
      awaitIfFirst(topic, partition, sent);
    } catch (InterruptException e) {
      throw new FeedSendException("interrupted while sending to " + topic, e);
    } catch (FeedSendException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new FeedSendException("could not send a record to " + topic + "-" + partition + ": " + e.getMessage(), e);
    }
  }

  /** One end-of-stream control record (null value, {@link ControlRecords} header) to every partition of topic. */
  public void endOfStream(String topic, int partitions) {
    checkFailure();
    for (int p = 0; p < partitions; p++) {
      RecordHeaders headers = new RecordHeaders();
      ControlRecords.markEndOfStream(headers);
      awaitIfFirst(topic, p, producer.send(new ProducerRecord<>(topic, p, null, null, null, headers), (meta, e) -> {
        if (e != null) {
          failure.compareAndSet(null, e);
        }
      }));
    }
  }

  private void awaitIfFirst(String topic, int partition, Future<RecordMetadata> sent) {
    if (primed.add(topic + "-" + partition)) {
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
      throw new FeedSendException("Kafka rejected a record: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
  }
}
