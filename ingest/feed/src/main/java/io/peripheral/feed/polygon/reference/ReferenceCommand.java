package io.peripheral.feed.polygon.reference;

import io.peripheral.feed.config.FeedConfig;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.rest.RestSettings;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed reference [--only tickers,splits,dividends,calendar]}: loads Polygon's reference data into
 * PostgreSQL once (the Polygon feed service also refreshes it daily).
 */
@Command(name = "reference", mixinStandardHelpOptions = true,
    description = "Load Polygon tickers, splits, dividends and the market calendar into PostgreSQL.")
public class ReferenceCommand implements Callable<Integer> {
  @Option(names = "--only", paramLabel = "KINDS", description = "Comma-separated subset of "
      + "tickers,splits,dividends,calendar (default all).")
  String only;

  @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL JDBC URL.")
  String jdbcUrl;

  private final FeedConfig config;

  @Inject
  public ReferenceCommand(FeedConfig config) {
    this.config = config;
  }

  @Override
  public Integer call() {
    Set<ReferenceKind> kinds;
    RestSettings rest;
    try {
      kinds = ReferenceKind.parse(only);
      FeedConfig.Polygon p = config.polygon();
      rest = RestSettings.of(p.restUrl(), p.apiKey().orElse(null), p.restRatePerSecond(), p.restMaxAttempts(),
          p.restMaxBackoff());
    } catch (IllegalArgumentException e) {
      System.err.println("reference: " + e.getMessage());
      return 2;
    }
    FeedConfig.Replay db = config.replay();
    ReferenceStore store = new ReferenceStore(jdbcUrl != null ? jdbcUrl : db.jdbcUrl(), db.jdbcUser(),
        db.jdbcPassword().orElse(null));
    try {
      ReferenceLoader.Result r = new ReferenceLoader(new PolygonRestClient(rest), store).load(kinds);
      r.stored().forEach((k, n) -> System.out.printf("%s: %,d stored, %,d skipped%n", k.name().toLowerCase(), n,
          r.skipped().get(k)));
      if (r.marketNow() != null) {
        System.out.println(r.marketNow().message());
      }
      return 0;
    } catch (RuntimeException e) {
      System.err.println("reference failed: " + e.getMessage());
      return 1;
    }
  }
}
