package io.peripheral.feed.produce;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Exposes {@link FeedMetrics} as a bean on the application's Micrometer registry. */
public final class MetricsProducer {
  @Produces
  @Singleton
  FeedMetrics feedMetrics(MeterRegistry registry) {
    return new FeedMetrics(registry);
  }
}
