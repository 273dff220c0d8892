package io.peripheral.api.quotes.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The quotes feature ({@code peripheral.quotes.*}); Redis itself is {@code quarkus.redis.hosts}. */
@ConfigMapping(prefix = "peripheral.quotes")
public interface QuotesConfig {
  /** How long a read from Redis may take before the request answers 503. */
  @WithDefault("500ms")
  Duration timeout();

  /** Most symbols one {@code GET /api/quotes?symbols=} may ask for. */
  @WithDefault("100")
  int maxSymbols();

  /** How often the WebSocket quotes channel reads the subscribed symbols from Redis. */
  @WithDefault("250ms")
  Duration pollInterval();
}
