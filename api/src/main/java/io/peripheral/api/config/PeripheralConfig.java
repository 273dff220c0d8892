package io.peripheral.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Everything the API reads from {@code peripheral.*}, grouped by feature. */
@ConfigMapping(prefix = "peripheral")
public interface PeripheralConfig {

  Kafka kafka();

  Bars bars();

  Symbols symbols();

  Ws ws();

  interface Kafka {
    /** Broker list of the live namespace. */
    @WithDefault("localhost:9092")
    String bootstrapServers();
  }

  interface Bars {
    /** Page size of {@code GET /api/bars/{symbol}} when {@code limit} is absent. */
    @WithDefault("1000")
    int defaultLimit();

    /** Largest accepted {@code limit}. */
    @WithDefault("10000")
    int maxLimit();

    Live live();

    interface Live {
      /** Each instance joins its own group {@code <prefix>-<random>} so every instance sees every bar. */
      @WithDefault("peripheral-api")
      String groupPrefix();

      @WithDefault("PT0.5S")
      Duration pollTimeout();

      /** The consumer is reported dead when it has not returned from poll for this long. */
      @WithDefault("PT30S")
      Duration stallTimeout();
    }
  }

  interface Symbols {
    @WithDefault("1000")
    int defaultLimit();

    @WithDefault("10000")
    int maxLimit();
  }

  interface Ws {
    /** Subscriptions one connection may hold at once. */
    @WithDefault("500")
    int maxSubscriptions();
  }
}
