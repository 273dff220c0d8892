package io.peripheral.bars.topology;

import io.peripheral.schemas.topic.SymbolPartitioner;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Partitions bar records like Kafka's default partitioner (by symbol, {@link SymbolPartitioner}), so a bar lands
 * on the partition number of its symbol's trades. End-of-stream control records (null value) carry the trades
 * partition they close as their key ({@link #controlKey}) and go to exactly that partition.
 */
public final class BarPartitioner implements StreamPartitioner<String, Object> {
  private static final String CONTROL_PREFIX = "#partition-";

  static String controlKey(int partition) {
    return CONTROL_PREFIX + partition;
  }

  @Override
  public Optional<Set<Integer>> partitions(String topic, String key, Object value, int numPartitions) {
    if (value == null && key != null && key.startsWith(CONTROL_PREFIX)) {
      return Optional.of(Set.of(Integer.parseInt(key.substring(CONTROL_PREFIX.length())) % numPartitions));
    }
    return Optional.of(Set.of(SymbolPartitioner.partition(key, numPartitions)));
  }
}
