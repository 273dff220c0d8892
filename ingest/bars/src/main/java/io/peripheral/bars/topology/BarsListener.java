package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Interval;

/** Hooks the runtime uses for metrics and replay completion; the topology calls them from its stream thread. */
public interface BarsListener {
  BarsListener NONE = new BarsListener() {};

  /** {@code n} trades of one input batch were aggregated (eligible or not). */
  default void ticksAggregated(int n) {}

  /** {@code n} bars of {@code interval} were forwarded (tallied per input batch, not called per bar). */
  default void barsEmitted(Interval interval, boolean isFinal, int n) {}

  default void lateTrades(Interval interval, int n) {}

  /** An end-of-stream control record of trades partition {@code partition} was processed and forwarded. */
  default void endOfStream(int partition) {}
}
