package io.peripheral.feed.produce;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The feed's counters (Prometheus at /q/metrics): ticks, records and bytes produced, rows rejected. */
public final class FeedMetrics {
  private final Counter ticks;
  private final Counter records;
  private final Counter bytes;
  private final Counter rejects;

  public FeedMetrics(MeterRegistry registry) {
    this.ticks = Counter.builder("peripheral.feed.ticks.produced").description("Trades produced to Kafka")
        .register(registry);
    this.records = Counter.builder("peripheral.feed.records.produced").description("Kafka records produced")
        .register(registry);
    this.bytes = Counter.builder("peripheral.feed.bytes.produced").baseUnit("bytes")
        .description("Record value bytes produced (before compression)").register(registry);
    this.rejects = Counter.builder("peripheral.feed.rows.rejected").description("Malformed input rows rejected")
        .register(registry);
  }

  /** Counters that go nowhere (benchmarks, unit tests). */
  public static FeedMetrics detached() {
    return new FeedMetrics(new SimpleMeterRegistry());
  }

  public void produced(int tickCount, int byteCount) {
    ticks.increment(tickCount);
    records.increment();
    bytes.increment(byteCount);
  }

  public void rejected(long count) {
    rejects.increment(count);
  }

  public double ticks() {
    return ticks.count();
  }

  public double records() {
    return records.count();
  }
}
