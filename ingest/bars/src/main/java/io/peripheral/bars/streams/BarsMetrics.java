package io.peripheral.bars.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.bars.topology.BarsListener;
import io.peripheral.schemas.bar.Interval;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Micrometer counters of one namespace (tag {@code namespace=live|replay}) plus what the replay supervisor needs:
 * which trades partitions reached end-of-stream and when the topology last did anything.
 */
public final class BarsMetrics implements BarsListener {
  private final Counter ticks;
  private final Map<Interval, Counter> finals = new EnumMap<>(Interval.class);
  private final Map<Interval, Counter> forming = new EnumMap<>(Interval.class);
  private final Map<Interval, Counter> late = new EnumMap<>(Interval.class);
  private final Set<Integer> endedPartitions = ConcurrentHashMap.newKeySet();
  private volatile long lastActivityMs = System.currentTimeMillis();

  public BarsMetrics(MeterRegistry registry, String namespace) {
    ticks = registry.counter("peripheral.bars.ticks.aggregated", "namespace", namespace);
    for (Interval i : Interval.values()) {
      finals.put(i, registry.counter("peripheral.bars.emitted", "namespace", namespace, "interval", i.code(),
          "final", "true"));
      forming.put(i, registry.counter("peripheral.bars.emitted", "namespace", namespace, "interval", i.code(),
          "final", "false"));
      late.put(i, registry.counter("peripheral.bars.late.trades", "namespace", namespace, "interval", i.code()));
    }
  }

  @Override
  public void ticksAggregated(int n) {
    ticks.increment(n);
    lastActivityMs = System.currentTimeMillis();
  }

  @Override
  public void barsEmitted(Interval interval, boolean isFinal, int n) {
    (isFinal ? finals : forming).get(interval).increment(n);
  }

  @Override
  public void lateTrades(Interval interval, int n) {
    late.get(interval).increment(n);
  }

  @Override
  public void endOfStream(int partition) {
    endedPartitions.add(partition);
    lastActivityMs = System.currentTimeMillis();
  }

  public Set<Integer> endedPartitions() {
    return Set.copyOf(endedPartitions);
  }

  public long lastActivityMs() {
    return lastActivityMs;
  }

  public double ticks() {
    return ticks.count();
  }

  public double finalBars() {
    return finals.values().stream().mapToDouble(Counter::count).sum();
  }
}
