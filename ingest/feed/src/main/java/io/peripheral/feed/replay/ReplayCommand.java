package io.peripheral.feed.replay;

import io.peripheral.feed.calendar.CalendarTable;
import io.peripheral.feed.config.FeedConfig;
import io.peripheral.feed.flatfile.FlatFileKind;
import io.peripheral.feed.polygon.FeedInputException;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.feed.produce.ProducerSettingsFactory;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.calendar.MarketCalendar;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed replay --files PATHS ...} or {@code feed replay --root DIR --from DAY --to DAY [--kind KIND]}. Exit codes: 0 replayed (and, unless --no-wait, every bar final), 1 the
 * replay failed or timed out, 2 bad usage or missing / empty input.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Replay Polygon flat files (.csv/.csv.gz: trades, quotes, minute or day aggregates, detected by "
        + "header) into a replay namespace; trades replays wait for their bars.")
public class ReplayCommand implements Callable<Integer> {
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Option(names = "--files", paramLabel = "PATHS",
      description = "A file, a directory of .csv/.csv.gz files, or a comma-separated list of them.")
  String files;

  @Option(names = "--root", paramLabel = "DIR",
      description = "Flat-file folder laid out YYYY/MM/YYYY-MM-DD.csv.gz (a dataset such as us_stocks_sip/quotes_v1, "
          + "or us_stocks_sip itself with --kind); use with --from and --to instead of --files.")
  Path root;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the range (inclusive).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the range (inclusive; default --from).")
  String to;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "trades|quotes|minute_aggs|day_aggs; detected from the header when absent.")
  String kind;

  @Option(names = "--speed", paramLabel = "SPEED",
      description = "max, 1x, 10x, ... (default: peripheral.replay.speed, max).")
  String speed;

  @Option(names = "--id", description = "Replay id (letters, digits, _ and -); generated when absent.")
  String id;

  @Option(names = "--rebuild", description = "End-of-day rebuild: the bars of this replay supersede the live, "
      + "replayed and backfilled bars of its windows (source=rebuild; its id gets the prefix rebuild-).")
  boolean rebuild;

  @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
  String bootstrap;

  @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL JDBC URL.")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", description = "PostgreSQL user.")
  String jdbcUser;

  @Option(names = "--no-wait", description = "Do not wait for the bars to be final in the database.")
  boolean noWait;

  @Option(names = "--rejects", paramLabel = "FILE", description = "Rejects log (default replay-<id>-rejects.log).")
  Path rejects;

  @Option(names = "--rules-version", paramLabel = "VERSION", description = "Condition-rule version to record.")
  String rulesVersion;

  @Option(names = "--wait-timeout", paramLabel = "DURATION", description = "e.g. PT30M (default from config).")
  Duration waitTimeout;

  private final FeedConfig config;
  private final FeedMetrics metrics;

  @Inject
  public ReplayCommand(FeedConfig config, FeedMetrics metrics) {
    this.config = config;
    this.metrics = metrics;
  }

  @Override
  public Integer call() {
    FeedConfig.Replay defaults = config.replay();
    ReplayOptions options;
    ReplayInput input;
    try {
      if (files == null && root == null) {
        System.err.println("replay: give --files PATHS, or --root DIR --from YYYY-MM-DD [--to YYYY-MM-DD]");
        return USAGE;
      }
      MarketCalendar calendar = root == null ? MarketCalendar.builtIn() : CalendarTable.loadOrBuiltIn(
          jdbcUrl != null ? jdbcUrl : defaults.jdbcUrl(), jdbcUser != null ? jdbcUser : defaults.jdbcUser(),
          defaults.jdbcPassword().orElse(null));
      input = ReplayInput.resolve(files, root, from, to, kind, calendar);
      String replayId = rebuild ? BarSource.REBUILD_ID_PREFIX + (id != null ? id : ReplayIds.generate()) : id;
      options = new ReplayOptions(input.spec(), Speed.parse(speed != null ? speed : defaults.speed()), replayId,
          rejects, rulesVersion, noWait, waitTimeout != null ? waitTimeout : defaults.waitTimeout(), defaults.sortRunRows(),
          Path.of(defaults.tempDir().orElse(System.getProperty("java.io.tmpdir"))));
    } catch (FeedInputException | IllegalArgumentException e) {
      System.err.println("replay: " + e.getMessage());
      return USAGE;
    }
    ReplayRepository repository = new ReplayRepository(jdbcUrl != null ? jdbcUrl : defaults.jdbcUrl(),
        jdbcUser != null ? jdbcUser : defaults.jdbcUser(), defaults.jdbcPassword().orElse(null));
    ProducerSettings producer = ProducerSettingsFactory.from(config.kafka(), bootstrap);
    try {
      ReplaySummary summary = input.kind() == FlatFileKind.TRADES
          ? new Replay(options, producer, repository, metrics, System.out).run()
          : new MarketDataReplay(options, input.kind(), input.files(), producer, repository, metrics, System.out).run();
      System.out.print(summary.render());
      input.dayNotes().forEach(note -> System.out.println("  " + note));
      return summary.succeeded() ? 0 : FAILED;
    } catch (FeedInputException | IllegalArgumentException e) {
      System.err.println("replay: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      System.err.println("replay failed: " + e.getMessage());
      e.printStackTrace(System.err);
      return FAILED;
    }
  }
}
