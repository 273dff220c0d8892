package io.peripheral.feed.hotquote;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.redis.client.Redis;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The application's one {@link HotQuoteWriter}, started when first injected (by a live source) and closed at
 * shutdown. With {@code peripheral.hot-quotes.enabled=false} it writes nowhere. The Redis client is resolved only
 * then, so replays and benchmarks never touch Redis.
 */
public final class HotQuoteBeans {
  private static final Logger LOG = Logger.getLogger(HotQuoteBeans.class);

  @Produces
  @Singleton
  HotQuoteWriter writer(HotQuoteConfig config, Instance<Redis> redis, MeterRegistry registry) {
    HotQuoteStore store;
    if (config.enabled()) {
      store = new RedisHotQuoteStore(redis.get(), config.writeTimeout());
      LOG.infof("hot-quote cache: latest trade and NBBO per symbol to Redis, at most every %d ms per symbol, TTL %s",
          config.minInterval().toMillis(), config.ttl());
    } else {
      store = (updates, ttl) -> { };
      LOG.info("hot-quote cache disabled (peripheral.hot-quotes.enabled=false)");
    }
    return new HotQuoteWriter(store, config.minInterval(), config.ttl(), config.maxBackoff(), registry).start();
  }

  void close(@Disposes HotQuoteWriter writer) {
    writer.close();
  }
}
