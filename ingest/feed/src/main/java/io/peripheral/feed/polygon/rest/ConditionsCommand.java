package io.peripheral.feed.polygon.rest;

import io.peripheral.feed.config.FeedConfig;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed conditions --out rules.properties}: writes Polygon's consolidated condition rules as a versioned
 * table that the bars service loads with {@code BARS_RULES_FILE} instead of its built-in one.
 */
@Command(name = "conditions", mixinStandardHelpOptions = true,
    description = "Write Polygon's consolidated condition rules as a table for the bars service (BARS_RULES_FILE).")
public class ConditionsCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the table.")
  Path out;

  private final FeedConfig config;

  @Inject
  public ConditionsCommand(FeedConfig config) {
    this.config = config;
  }

  @Override
  public Integer call() {
    FeedConfig.Polygon p = config.polygon();
    RestSettings rest;
    try {
      rest = RestSettings.of(p.restUrl(), p.apiKey().orElse(null), p.restRatePerSecond(), p.restMaxAttempts(),
          p.restMaxBackoff());
    } catch (IllegalArgumentException e) {
      System.err.println("conditions: " + e.getMessage());
      return 2;
    }
    ReferenceData ref = new ReferenceData(new PolygonRestClient(rest), Instant::now, Duration.ofDays(1));
    if (!ref.load() || ref.conditionTable().isEmpty()) {
      System.err.println("conditions: could not load /v3/reference/conditions from " + rest.baseUrl());
      return 1;
    }
    ConditionTable table = ref.conditionTable().get();
    table.write(out);
    System.out.printf("wrote %s: %d conditions, version %s (start the bars service with BARS_RULES_FILE=%s)%n", out,
        table.masks().size(), table.version(), out.toAbsolutePath());
    return 0;
  }
}
