package io.peripheral.schemas.topic;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic's contract: name, key and value serdes, partitions, retention and how its format may evolve.
 * Every producer and consumer in the project uses these declarations (see {@link TopicCatalog}).
 *
 * @param retention how long records are kept; {@code null} keeps them forever
 * @param key what the record key holds, in words, for the AsyncAPI document
 * @param payload name of the message in the AsyncAPI document ({@code TradeBatch}, {@code Bar})
 */
public record Topic<K, V>(
    String name,
    Serde<K> keySerde,
    Serde<V> valueSerde,
    int partitions,
    Duration retention,
    ValueFormat format,
    Compatibility compatibility,
    String key,
    String payload,
    String description) {

  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySerde, "keySerde");
    Objects.requireNonNull(valueSerde, "valueSerde");
    if (partitions < 1) {
      throw new IllegalArgumentException("topic " + name + " needs at least one partition");
    }
  }

  /** Broker-side topic configs that the catalog owns. */
  public Map<String, String> configs() {
    Map<String, String> configs = new HashMap<>();
    configs.put(TopicConfig.RETENTION_MS_CONFIG, retention == null ? "-1" : Long.toString(retention.toMillis()));
    configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(TopicCatalog.MAX_RECORD_BYTES));
    return configs;
  }

  Topic<K, V> renamed(String newName) {
    return new Topic<>(newName, keySerde, valueSerde, partitions, retention, format, compatibility, key, payload,
        description);
  }
}
