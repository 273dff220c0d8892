package io.peripheral.feed.produce;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Exposes {@link FeedMetrics} as a bean on the application's Micrometer registry, created at start-up so
 * the counters are exported from the first scrape. */
public final class MetricsProducer {
  @Produces
  @Singleton
  @Startup
  FeedMetrics feedMetrics(MeterRegistry registry) {
    return new FeedMetrics(registry);
  }
}
