package io.peripheral.bars.topology;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends an end-of-stream control record (null value) to exactly the bar partition of the trades partition it
 * closes, whose number its key carries ({@link #controlKey}). Only the control sinks use it: bars themselves go
 * through sinks without a partitioner, so the producer's default partitioner places them — murmur2 of the symbol
 * key, which is {@link io.peripheral.schemas.topic.SymbolPartitioner} — without Streams asking the producer for
 * the topic's partitions on every record.
 */
public final class ControlPartitioner implements StreamPartitioner<String, Object> {
  private static final String CONTROL_PREFIX = "#partition-";

  static String controlKey(int partition) {
    return CONTROL_PREFIX + partition;
  }

  @Override
  public Optional<Set<Integer>> partitions(String topic, String key, Object value, int numPartitions) {
    if (value != null || key == null || !key.startsWith(CONTROL_PREFIX)) {
      throw new IllegalArgumentException("not an end-of-stream control record: key " + key + " on " + topic);
    }
    return Optional.of(Set.of(Integer.parseInt(key.substring(CONTROL_PREFIX.length())) % numPartitions));
  }
}
