package io.peripheral.feed.hotquote;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The hot-quote cache writer ({@code peripheral.hot-quotes.*}); Redis itself is {@code quarkus.redis.hosts}. */
@ConfigMapping(prefix = "peripheral.hot-quotes")
public interface HotQuoteConfig {
  /** Off: the live feed writes nothing to Redis. */
  @WithDefault("true")
  boolean enabled();

  /** At most one write per symbol this often (conflation: the newest trade and NBBO win). */
  @WithDefault("50ms")
  Duration minInterval();

  /** How long an entry lives after its last write; a symbol that stops trading disappears after this. */
  @WithDefault("24h")
  Duration ttl();

  /** How long one pipelined write may take before it counts as failed. */
  @WithDefault("2s")
  Duration writeTimeout();

  /** Longest pause between retries while Redis is down (the pause doubles from 100 ms up to this). */
  @WithDefault("5s")
  Duration maxBackoff();
}
