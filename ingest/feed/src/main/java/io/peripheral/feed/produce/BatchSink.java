package io.peripheral.feed.produce;

import io.peripheral.schemas.trade.TradeBatch;

/** Receives full per-partition batches from a {@link PartitionBatcher}; owns the batch afterwards. */
@FunctionalInterface
public interface BatchSink {
  void send(int partition, TradeBatch batch);
}
