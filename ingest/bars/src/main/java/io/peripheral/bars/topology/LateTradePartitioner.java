package io.peripheral.bars.topology;

import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.trade.TradeBatch;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/** Late trades keep their symbols' partition (the key is only the interval code they missed). */
final class LateTradePartitioner implements StreamPartitioner<String, Object> {
  @Override
  public Optional<Set<Integer>> partitions(String topic, String key, Object value, int numPartitions) {
    TradeBatch batch = (TradeBatch) value;
    if (batch == null || batch.isEmpty()) {
      return Optional.of(Set.of(0));
    }
    return Optional.of(Set.of(SymbolPartitioner.partition(batch.symbol(0), numPartitions)));
  }
}
