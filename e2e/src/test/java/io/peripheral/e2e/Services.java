package io.peripheral.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Starts the packaged services against the test stack, on ports of their own. */
final class Services {
  static final int BARS_PORT = 18082;
  static final int API_PORT = 18080;
  // Replays are commands: any free port, so several can run beside each other.
  static final int FEED_PORT = 0;

  private Services() {}

  /**
   * The production profile with the test stack's addresses, as an operator would configure it (the %test
   * profile would also bring the modules' own test settings, which override plain system properties).
   */
  private static List<String> stackProperties() {
    return List.of(
        "peripheral.kafka.bootstrap-servers=" + TestStack.KAFKA,
        "quarkus.datasource.jdbc.url=" + TestStack.JDBC_URL,
        "quarkus.datasource.reactive.url=postgresql://localhost:" + TestStack.PG_PORT + "/peripheral",
        "quarkus.redis.hosts=redis://localhost:" + TestStack.REDIS_PORT);
  }

  static ServiceProcess bars() {
    List<String> props = new ArrayList<>(stackProperties());
    props.add("peripheral.bars.state-dir=" + TestStack.ROOT.resolve("e2e/target/bars-state"));
    // Only this suite's replays: the shared test broker also holds other modules' replay namespaces.
    props.add("peripheral.replays.include=(e2e|crash|outage|rebuild-e2e)-.*");
    return new ServiceProcess("bars", TestStack.jar("ingest/bars"), BARS_PORT, props, List.of());
  }

  static ServiceProcess api() {
    return new ServiceProcess("api", TestStack.jar("api"), API_PORT, stackProperties(), List.of());
  }

  static final int FEED_SERVE_PORT = 18081;

  /**
   * The live feed service with the synthetic source, as `make run` starts it, but into replay namespace
   * {@code prefix} (so the shared test broker's live topics stay untouched) and with a short cache TTL. It
   * streams around the clock ({@code SYNTHETIC_HOURS=always}): the tests must not depend on the market being open.
   */
  static ServiceProcess syntheticFeed(String prefix) {
    List<String> props = new ArrayList<>(stackProperties());
    props.add("peripheral.feed.source=synthetic");
    props.add("peripheral.feed.topic-prefix=" + prefix);
    props.add("peripheral.feed.rate=2000");
    props.add("peripheral.feed.symbols=20");
    props.add("peripheral.feed.hours=always");
    props.add("peripheral.hot-quotes.ttl=10m");
    return new ServiceProcess("feed-synthetic", TestStack.jar("ingest/feed"), FEED_SERVE_PORT, props, List.of());
  }

  /** A replay of {@code file} into namespace {@code id}, run as `make replay` runs it. */
  static ServiceProcess replay(String id, Path file) {
    // The replay command takes the stack's addresses as options.
    return new ServiceProcess("replay-" + id, TestStack.jar("ingest/feed"), FEED_PORT, List.of(),
        List.of("replay", "--files", file.toString(), "--speed", "max", "--id", id,
            "--bootstrap", TestStack.KAFKA, "--jdbc-url", TestStack.JDBC_URL,
            "--rejects", TestStack.ROOT.resolve("e2e/target/e2e-logs/replay-" + id + "-rejects.log").toString()));
  }

  static final Duration REPLAY_TIMEOUT = Duration.ofMinutes(5);
}
