package io.peripheral.feed.produce;

import io.peripheral.schemas.topic.TopicCatalog;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * How the feed talks to Kafka. Idempotent, acks=all; {@code bufferMemory} bounds what waits for the broker and
 * {@code maxBlock} is how long a send may block on a full buffer (backpressure) before the feed fails loudly.
 */
public record ProducerSettings(
    String bootstrap, String compression, int batchRows, Duration linger, long bufferMemory, Duration maxBlock) {

  public ProducerSettings {
    Objects.requireNonNull(bootstrap, "bootstrap");
    Objects.requireNonNull(compression, "compression");
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows must be positive");
    }
  }

  public static ProducerSettings defaults(String bootstrap) {
    return new ProducerSettings(bootstrap, "lz4", 10_000, Duration.ofMillis(100), 64L << 20, Duration.ofMinutes(5));
  }

  public ProducerSettings withCompression(String codec) {
    return new ProducerSettings(bootstrap, codec, batchRows, linger, bufferMemory, maxBlock);
  }

  public ProducerSettings withBatchRows(int rows) {
    return new ProducerSettings(bootstrap, compression, rows, linger, bufferMemory, maxBlock);
  }

  public Properties kafkaProperties(String clientId) {
    Properties p = new Properties();
    io.peripheral.schemas.topic.Lz4Native.load(); // lz4 at native speed inside Quarkus too
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
    // Records are already whole batches (~10k trades); a little linger lets several share a request.
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20);
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicCatalog.MAX_RECORD_BYTES);
    p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, bufferMemory);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock.toMillis());
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }
}
