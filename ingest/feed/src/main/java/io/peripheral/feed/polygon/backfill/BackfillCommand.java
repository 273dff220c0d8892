package io.peripheral.feed.polygon.backfill;

import io.peripheral.feed.calendar.CalendarTable;
import io.peripheral.feed.config.FeedConfig;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.rest.RestSettings;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.ProducerSettingsFactory;
import io.peripheral.feed.replay.ReplayIds;
import io.peripheral.feed.replay.ReplayRepository;
import io.peripheral.schemas.calendar.MarketCalendar;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed backfill --symbols AAPL,MSFT --from 2024-01-02 --to 2024-01-03}. Exit codes: 0 done, 1 failed or
 * timed out, 2 bad usage (also: no API key).
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
    description = "Load trades of whole days through Polygon REST and build their bars (source=backfill).")
public class BackfillCommand implements Callable<Integer> {
  @Option(names = "--symbols", required = true, paramLabel = "AAPL,MSFT", description = "Comma-separated tickers.")
  String symbols;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First New York day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last New York day, inclusive (default --from).")
  String to;

  @Option(names = "--id", description = "Backfill id (namespace replay.backfill-<id>.); generated when absent.")
  String id;

  @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
  String bootstrap;

  @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL JDBC URL.")
  String jdbcUrl;

  @Option(names = "--no-wait", description = "Do not wait for the bars to be final in the database.")
  boolean noWait;

  @Option(names = "--rules-version", paramLabel = "VERSION", description = "Condition-rule version to record.")
  String rulesVersion;

  @Option(names = "--wait-timeout", paramLabel = "DURATION", description = "e.g. PT30M (default from config).")
  Duration waitTimeout;

  private final FeedConfig config;
  private final FeedMetrics metrics;

  @Inject
  public BackfillCommand(FeedConfig config, FeedMetrics metrics) {
    this.config = config;
    this.metrics = metrics;
  }

  @Override
  public Integer call() {
    BackfillRange range;
    RestSettings rest;
    try {
      range = BackfillRange.parse(symbols, from, to);
      FeedConfig.Polygon p = config.polygon();
      rest = RestSettings.of(p.restUrl(), p.apiKey().orElse(null), p.restRatePerSecond(), p.restMaxAttempts(),
          p.restMaxBackoff());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      System.err.println("backfill: " + e.getMessage());
      return 2;
    }
    FeedConfig.Replay db = config.replay();
    ReplayRepository repository = new ReplayRepository(jdbcUrl != null ? jdbcUrl : db.jdbcUrl(), db.jdbcUser(),
        db.jdbcPassword().orElse(null));
    Backfill backfill = new Backfill(new PolygonRestClient(rest), ProducerSettingsFactory.from(config.kafka(),
        bootstrap), repository, metrics, System.out);
    try {
      MarketCalendar calendar = CalendarTable.loadOrBuiltIn(jdbcUrl != null ? jdbcUrl : db.jdbcUrl(), db.jdbcUser(),
          db.jdbcPassword().orElse(null));
      Backfill.Summary s = backfill.run(range, calendar, id != null ? id : ReplayIds.generate(), rulesVersion,
          noWait, waitTimeout != null ? waitTimeout : db.waitTimeout());
      System.out.printf("backfill %s: %s, %,d trades in %.1f s%n", s.id(), s.status(), s.produced(), s.seconds());
      s.skipped().forEach(line -> System.out.println("  " + line)); // closed days, not requested
      return s.succeeded() ? 0 : 1;
    } catch (IllegalArgumentException e) {
      System.err.println("backfill: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      System.err.println("backfill failed: " + e.getMessage());
      return 1;
    }
  }
}
