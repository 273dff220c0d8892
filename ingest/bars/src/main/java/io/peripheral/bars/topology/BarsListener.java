package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Interval;

/** Hooks the runtime uses for metrics and replay completion; the topology calls them from its stream thread. */
public interface BarsListener {
  BarsListener NONE = new BarsListener() {};

  /** {@code n} trades of one input batch were aggregated (eligible or not). */
  default void ticksAggregated(int n) {}

  default void barEmitted(Interval interval, boolean isFinal) {}

  default void lateTrades(Interval interval, int n) {}

  /** An end-of-stream control record of trades partition {@code partition} was processed and forwarded. */
  default void endOfStream(int partition) {}
}
