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

  Polygon polygon();

  FlatFiles flatFiles();

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
    /** synthetic, none, or polygon (the live Polygon WebSocket feed, {@link Polygon}). Env FEED. */
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

    /**
     * When the synthetic feed trades: {@code market} (the US market's hours from the calendar: idle nights,
     * weekends and holidays) or {@code always}. Env SYNTHETIC_HOURS.
     */
    @WithDefault("market")
    String hours();

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

  /**
   * Polygon.io (Massive): the live WebSocket feed, the REST client and gap backfill. The key comes from the
   * environment ({@code POLYGON_API_KEY}, or the git-ignored {@code .env} read by the launch scripts) and is never
   * logged: it travels in the auth message and in the REST Authorization header only.
   */
  interface Polygon {
    /** Env POLYGON_WS_URL; {@code wss://delayed.polygon.io/stocks} is the 15-minute delayed feed. */
    @WithDefault("wss://socket.polygon.io/stocks")
    String wsUrl();

    /** Env POLYGON_REST_URL. */
    @WithDefault("https://api.polygon.io")
    String restUrl();

    /** Env POLYGON_API_KEY. */
    Optional<String> apiKey();

    /** Env POLYGON_SUBSCRIBE: comma-separated channels, e.g. {@code T.*,Q.*} or {@code T.AAPL,Q.AAPL,AM.*}. */
    @WithDefault("T.*,Q.*")
    String subscribe();

    /** Symbols whose gaps are backfilled through REST even when trades are subscribed with {@code T.*}. */
    Optional<java.util.List<String>> backfillSymbols();

    /** Frames the reader may queue ahead of parsing; beyond it frames are dropped, counted and backfilled. */
    @WithDefault("20000")
    int queueCapacity();

    /** First reconnect delay; doubles per failed attempt up to {@link #reconnectMax()}, with ±20 % jitter. */
    @WithDefault("500ms")
    Duration reconnectInitial();

    @WithDefault("60s")
    Duration reconnectMax();

    /** Delay after a max_connections eviction (another connection with the same key took over). */
    @WithDefault("30s")
    Duration maxConnectionsBackoff();

    /** REST requests per second (Polygon's basic plan allows 5 per minute; paid plans are unlimited). */
    @WithDefault("50")
    double restRatePerSecond();

    /** Attempts per REST request on 429 and 5xx before giving up. */
    @WithDefault("6")
    int restMaxAttempts();

    /** Longest wait between REST attempts (also caps a server's Retry-After). */
    @WithDefault("60s")
    Duration restMaxBackoff();

    /** Load /v3/reference/conditions and /exchanges at start (and daily) to build the condition table. */
    @WithDefault("true")
    boolean loadReference();
  }

  /**
   * Polygon's flat files from its S3-compatible endpoint ({@code feed download}). The keys are the flat-file keys of
   * the Polygon dashboard (not the API key), from the environment or the git-ignored {@code .env}; never logged.
   */
  interface FlatFiles {
    /** Env POLYGON_S3_ENDPOINT; Massive's {@code https://files.massive.com} serves the same bucket. */
    @WithDefault("https://files.polygon.io")
    String endpoint();

    @WithDefault("flatfiles")
    String bucket();

    /** Signing region; Polygon's endpoint accepts us-east-1. */
    @WithDefault("us-east-1")
    String region();

    /** Env POLYGON_S3_ACCESS_KEY_ID, else AWS_ACCESS_KEY_ID. */
    Optional<String> accessKeyId();

    /** Env POLYGON_S3_SECRET_ACCESS_KEY, else AWS_SECRET_ACCESS_KEY. */
    Optional<String> secretAccessKey();

    /** Where files land, laid out as the bucket; relative to the working directory (make: the project root). */
    @WithDefault("flatfiles")
    String dest();

    /** Attempts per file on network failures, each continuing from the bytes already received. */
    @WithDefault("5")
    int maxAttempts();

    /** First wait between attempts; doubles per attempt. */
    @WithDefault("1s")
    Duration initialBackoff();
  }
}
