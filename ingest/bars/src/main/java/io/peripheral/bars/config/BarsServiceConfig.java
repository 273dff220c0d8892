package io.peripheral.bars.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of the bars service, grouped by feature (prefix {@code peripheral}). */
@ConfigMapping(prefix = "peripheral")
public interface BarsServiceConfig {
  Kafka kafka();

  Bars bars();

  Replays replays();

  Sink sink();

  /** The broker. */
  interface Kafka {
    @WithDefault("localhost:9092")
    String bootstrapServers();
  }

  /** The live bar topology. */
  interface Bars {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("peripheral-bars")
    String applicationId();

    /** Late trades up to this long after a window's end (stream time) still update the bar. */
    @WithDefault("2s")
    Duration grace();

    /** Wall-clock period of forming-bar updates; 0 disables them. */
    @WithDefault("250ms")
    Duration formingInterval();

    /**
     * A condition table written by {@code feed conditions} (Polygon's consolidated rules) to use instead of the
     * built-in {@code builtin-1}, for live bars and replays alike. Env BARS_RULES_FILE.
     */
    java.util.Optional<String> rulesFile();

    @WithDefault("1")
    int threads();

    @WithDefault("100ms")
    Duration commitInterval();

    /** Kafka Streams state; each application id gets a sub-directory. */
    @WithDefault("data/bars-state")
    String stateDir();
  }

  /** Replay namespaces, discovered by their {@code replay.<id>.trades.v1} topic. */
  interface Replays {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("peripheral-bars-replay-")
    String applicationIdPrefix();

    /** Regular expression a replay id must match to be run here (tests narrow it to their own replays). */
    @WithDefault(".*")
    String include();

    @WithDefault("2s")
    Duration pollInterval();

    @WithDefault("2s")
    Duration grace();

    /** Forming bars of a replay are off by default: nobody draws a replay's live candle, the sink ignores them. */
    @WithDefault("0s")
    Duration formingInterval();

    /**
     * Kafka Streams threads per replay. A replay is a batch job that runs as fast as the machine allows: on two
     * cores two threads aggregated 10M ticks at 704k ticks/s, one at 581k (docs/performance.md, fourth pass).
     */
    @WithDefault("2")
    int threads();

    /** Longer than live: fewer transactions and changelog writes, more throughput; bars become visible per commit. */
    @WithDefault("1s")
    Duration commitInterval();

    /** A replay's topology stops this long after its last end-of-stream marker when nothing else arrives. */
    @WithDefault("10s")
    Duration idleAfterEnd();

    /** ... or after this long without any input at all. */
    @WithDefault("10m")
    Duration abandonAfter();
  }

  /** The database sink of the bar topics. */
  interface Sink {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("peripheral-bar-sink")
    String groupId();

    @WithDefault("5000")
    int maxPollRecords();

    @WithDefault("500ms")
    Duration backoffInitial();

    @WithDefault("10s")
    Duration backoffMax();
  }
}
