package io.peripheral.bars.topology;

import io.peripheral.schemas.topic.SymbolPartitioner;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Partitions bar records like Kafka's default partitioner (by symbol, {@link SymbolPartitioner}), so a bar lands
 * on the partition number of its symbol's trades. End-of-stream control records (null value) carry the trades
 * partition they close as their key ({@link #controlKey}) and go to exactly that partition. The answer per
 * (symbol, partition count) is remembered (up to {@link #CACHE_LIMIT} symbols), as bars are emitted far more
 * often than symbols appear; shared by the stream threads.
 */
public final class BarPartitioner implements StreamPartitioner<String, Object> {
  private static final String CONTROL_PREFIX = "#partition-";
  static final int CACHE_LIMIT = 200_000;

  private final Map<Integer, Map<String, Optional<Set<Integer>>>> cache = new ConcurrentHashMap<>();

  static String controlKey(int partition) {
    return CONTROL_PREFIX + partition;
  }

  @Override
  public Optional<Set<Integer>> partitions(String topic, String key, Object value, int numPartitions) {
    if (value == null && key != null && key.startsWith(CONTROL_PREFIX)) {
      return Optional.of(Set.of(Integer.parseInt(key.substring(CONTROL_PREFIX.length())) % numPartitions));
    }
    Map<String, Optional<Set<Integer>>> known = cache.computeIfAbsent(numPartitions, n -> new ConcurrentHashMap<>());
    Optional<Set<Integer>> p = known.get(key);
    if (p == null) {
      p = Optional.of(Set.of(SymbolPartitioner.partition(key, numPartitions)));
      if (known.size() < CACHE_LIMIT) {
        known.put(key, p);
      }
    }
    return p;
  }
}
