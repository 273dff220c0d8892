package io.peripheral.feed.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Every setting of the feed, under {@code peripheral.*}, grouped by feature. */
@ConfigMapping(prefix = "peripheral")
public interface FeedConfig {
  Kafka kafka();

  Feed feed();

  Replay replay();

  /** The broker and how the feed produces to it. */
  interface Kafka {
    /** Same key as every other service: {@code peripheral.kafka.bootstrap-servers}. */
    @WithName("bootstrap-servers")
    @WithDefault("localhost:9092")
    String bootstrap();

    /** lz4 or zstd (see {@code feed.sh bench} for the measurement), also gzip, snappy, none. */
    @WithDefault("lz4")
    String compression();

    /** A partition's batch is sent when it holds this many trades... */
    @WithDefault("10000")
    int batchRows();

    /** ...or when its first trade has waited this long. */
    @WithDefault("100ms")
    Duration linger();

    /** Producer buffer: when it is full, sends block and the source slows down (backpressure). */
    @WithDefault("67108864")
    long bufferMemory();

    /** How long a send may block on a full buffer before the feed gives up loudly. */
    @WithDefault("5m")
    Duration maxBlock();
  }

  /** The live feed run by {@code serve}. */
  interface Feed {
    /** synthetic, none, or polygon (a later issue; until then it behaves as none). Env FEED. */
    @WithDefault("synthetic")
    Source source();

    /** Topic namespace of the live feed: empty is live; {@code replay.<id>.} sends it to a replay namespace. */
    Optional<String> topicPrefix();

    /** Ticks per second of the synthetic source. */
    @WithDefault("20000")
    double rate();

    @WithDefault("42")
    long seed();

    @WithDefault("500")
    int symbols();

    @WithDefault("1.1")
    double zipfExponent();

    @WithDefault("0.25")
    double oddLotFraction();

    @WithDefault("0.002")
    double lateFraction();

    enum Source { SYNTHETIC, NONE, POLYGON }
  }

  /** Defaults of the {@code replay} command (each has a command-line option). */
  interface Replay {
    @WithDefault("max")
    String speed();

    @WithDefault("jdbc:postgresql://localhost:5432/peripheral")
    String jdbcUrl();

    @WithDefault("peripheral")
    String jdbcUser();

    Optional<String> jdbcPassword();

    /** How long to wait for the bars service to finish the replay's bars. */
    @WithDefault("30m")
    Duration waitTimeout();

    /** Rows per in-memory sorted run when a file is not in SIP order (bounds the sort's memory). */
    @WithDefault("1000000")
    int sortRunRows();

    /** Where sort runs are spilled; default the JVM's temp directory. */
    Optional<String> tempDir();
  }
}
