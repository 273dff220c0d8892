package io.peripheral.schemas.topic;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The documented partition of a symbol: {@code toPositive(murmur2(utf8(symbol))) % partitions}, the same
 * function Kafka's default partitioner applies to a String key. Trades are batched per partition with this
 * function, and bars keyed by symbol land on the partition of the same number, so all of one symbol's data
 * is in one partition, in order.
 */
public final class SymbolPartitioner {
  private SymbolPartitioner() {}

  public static int partition(String symbol, int partitions) {
    return Utils.toPositive(Utils.murmur2(symbol.getBytes(StandardCharsets.UTF_8))) % partitions;
  }
}
