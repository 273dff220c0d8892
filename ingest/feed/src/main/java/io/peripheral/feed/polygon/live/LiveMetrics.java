package io.peripheral.feed.polygon.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The live feed's meters (Prometheus at /q/metrics, also shown by /q/health): lag of event time behind the
 * wall clock, frames received and dropped, gaps and what their backfill recovered, duplicates, reconnects.
 */
public final class LiveMetrics {
  private final LongSupplier clockMillis;
  private final AtomicLong lastEventMillis = new AtomicLong();
  final Counter frames;
  final Counter trades;
  final Counter duplicates;
  final Counter gaps;
  final Counter gapsUnfilled;
  final Counter backfilled;
  final Counter reconnects;
  final Counter truncatedFrames;

  public LiveMetrics(MeterRegistry registry, LongSupplier clockMillis, FrameQueue queue, ParseCounters parse) {
    this.clockMillis = clockMillis;
    Gauge.builder("peripheral.polygon.lag", this, LiveMetrics::lagMillis).baseUnit("milliseconds")
        .description("Wall clock minus the event time of the last trade or quote processed").register(registry);
    Gauge.builder("peripheral.polygon.queue.size", queue, FrameQueue::size).register(registry);
    Gauge.builder("peripheral.polygon.frames.dropped", queue, FrameQueue::dropped)
        .description("Frames that did not fit into the queue (backfilled as a gap)").register(registry);
    Gauge.builder("peripheral.polygon.events.malformed", parse, ParseCounters::malformedFrames).register(registry);
    Gauge.builder("peripheral.polygon.events.unknown", parse, ParseCounters::unknownEvents).register(registry);
    Gauge.builder("peripheral.polygon.events.invalid", parse, ParseCounters::invalidEvents).register(registry);
    frames = Counter.builder("peripheral.polygon.frames").description("Frames processed").register(registry);
    trades = Counter.builder("peripheral.polygon.trades").description("Live trades handed to the sink")
        .register(registry);
    duplicates = Counter.builder("peripheral.polygon.trades.duplicate").register(registry);
    gaps = Counter.builder("peripheral.polygon.gaps").description("Gaps in the live input").register(registry);
    gapsUnfilled = Counter.builder("peripheral.polygon.gaps.unfilled")
        .description("Gaps whose REST backfill failed (the flat-file rebuild makes them whole)").register(registry);
    backfilled = Counter.builder("peripheral.polygon.trades.backfilled").register(registry);
    reconnects = Counter.builder("peripheral.polygon.reconnects").register(registry);
    truncatedFrames = Counter.builder("peripheral.polygon.frames.truncated")
        .description("Frames cut off by a disconnect").register(registry);
  }

  void event(long eventNanos) {
    lastEventMillis.set(eventNanos / 1_000_000L);
  }

  /** Milliseconds the last processed event lags the wall clock; -1 before the first one. */
  public long lagMillis() {
    long last = lastEventMillis.get();
    return last == 0 ? -1 : clockMillis.getAsLong() - last;
  }

  public double trades() {
    return trades.count();
  }

  public double duplicates() {
    return duplicates.count();
  }

  public double gaps() {
    return gaps.count();
  }

  public double gapsUnfilled() {
    return gapsUnfilled.count();
  }

  public double backfilled() {
    return backfilled.count();
  }

  public double reconnects() {
    return reconnects.count();
  }
}
