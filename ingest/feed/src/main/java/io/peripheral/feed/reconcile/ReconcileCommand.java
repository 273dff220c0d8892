package io.peripheral.feed.reconcile;

import io.peripheral.feed.config.FeedConfig;
import io.peripheral.feed.flatfile.FlatFileKind;
import io.peripheral.feed.flatfile.FlatFileLayout;
import io.peripheral.feed.polygon.FeedInputException;
import io.peripheral.feed.polygon.RejectLog;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.rest.RestAggregates;
import io.peripheral.feed.polygon.rest.RestSettings;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.Timespan;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed reconcile --date DAY [--aggs FILES | --root DIR | --rest [--symbols A,B]]}: compares our 1m and 1d bars
 * of a New York day in PostgreSQL with Polygon's minute and day aggregates — from its flat files, or from REST
 * {@code /v2/aggs} — and prints the differences per symbol and field, with the condition-rule versions our bars were
 * built with. Exit codes: 0 done (differences or not), 1 differences with {@code --fail-on-diff}, 2 bad usage or
 * input (also: no API key with {@code --rest}), 3 the database or Polygon's REST API failed.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = "Compare our minute and daily bars of a day with Polygon's minute_aggs/day_aggs flat files or "
        + "its REST /v2/aggs.")
public class ReconcileCommand implements Callable<Integer> {
  static final int DIFFERENT = 1;
  static final int USAGE = 2;
  static final int FAILED = 3;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The New York trading day.")
  String date;

  @Option(names = "--aggs", paramLabel = "FILES",
      description = "minute_aggs and/or day_aggs files (comma-separated); kind from the folder name or first row.")
  String aggs;

  @Option(names = "--root", paramLabel = "DIR",
      description = "us_stocks_sip folder holding minute_aggs_v1/ and day_aggs_v1/ (YYYY/MM/DAY.csv.gz), if no --aggs.")
  Path root;

  @Option(names = "--rest", description = "Polygon's bars from REST /v2/aggs (POLYGON_API_KEY) instead of files.")
  boolean rest;

  @Option(names = "--symbols", paramLabel = "AAPL,MSFT",
      description = "With --rest: the tickers to compare (default: every symbol with our 1m bars that day).")
  String symbols;

  @Option(names = "--rest-url", paramLabel = "URL", description = "With --rest: REST base URL (default POLYGON_REST_URL).")
  String restUrl;

  @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL JDBC URL.")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", description = "PostgreSQL user.")
  String jdbcUser;

  @Option(names = "--price-tolerance", defaultValue = "0.000001", description = "Largest price difference that matches.")
  double priceTolerance;

  @Option(names = "--volume-tolerance", defaultValue = "0.000001", description = "Largest volume difference that matches.")
  double volumeTolerance;

  @Option(names = "--limit", defaultValue = "50", description = "Symbols and values listed (the totals cover all).")
  int limit;

  @Option(names = "--fail-on-diff", description = "Exit 1 when anything differs (default: 0, only errors fail).")
  boolean failOnDiff;

  @Option(names = "--rejects", paramLabel = "FILE", description = "Log of malformed aggregate rows.")
  Path rejects;

  private final FeedConfig config;

  @Inject
  public ReconcileCommand(FeedConfig config) {
    this.config = config;
  }

  @Override
  public Integer call() {
    LocalDate day;
    List<Path> files = List.of();
    RestAggregatesOfDay polygonRest = null;
    try {
      day = LocalDate.parse(date.trim());
      if (rest) {
        polygonRest = restSource();
      } else if (symbols != null) {
        throw new FeedInputException("--symbols picks the tickers fetched with --rest; files are compared whole");
      } else {
        files = files(day);
      }
    } catch (DateTimeParseException e) {
      System.err.println("reconcile: --date '" + date + "' is not a date like 2024-01-02");
      return USAGE;
    } catch (FeedInputException | IllegalArgumentException e) {
      System.err.println("reconcile: " + e.getMessage());
      return USAGE;
    }
    FeedConfig.Replay db = config.replay();
    String url = jdbcUrl != null ? jdbcUrl : db.jdbcUrl();
    ReconcileReport report = new ReconcileReport(Math.max(1, limit));
    Path rejectsPath = rejects != null ? rejects : Path.of("reconcile-" + day + "-rejects.log");
    try (BarsRepository bars = BarsRepository.connect(url, jdbcUser != null ? jdbcUser : db.jdbcUser(),
        db.jdbcPassword().orElse(null));
        RejectLog rejectLog = new RejectLog(rejectsPath, null)) {
      System.out.printf("reconcile %s: our bars in %s against Polygon's aggregates%n", day, url);
      System.out.printf("  New York day %s .. %s%n", Reconciliation.dayStart(day), Reconciliation.dayEnd(day));
      List<BarsRepository.RuleUse> rules = bars.rulesUsed(Reconciliation.dayStart(day), Reconciliation.dayEnd(day));
      if (rules.isEmpty()) {
        System.out.println("  our bars: none for this day (was it replayed? make replay ... then make reconcile)");
      }
      for (BarsRepository.RuleUse r : rules) {
        System.out.printf("  our %s bars: %,d from %s, condition rules %s%n", r.interval(), r.bars(), r.source(),
            r.rulesVersion());
      }
      for (BarsRepository.ReplayRun run : bars.replaysOf(day)) {
        System.out.printf("  replay %s of this day: %s, condition rules %s%n", run.id(), run.status(),
            run.rulesVersion());
      }
      Reconciliation reconciliation = new Reconciliation(bars,
          new BarComparison(priceTolerance, volumeTolerance), report);
      for (Path f : files) {
        Timespan timespan = FlatFileKind.detect(f) == FlatFileKind.DAY_AGGS ? Timespan.DAY : Timespan.MINUTE;
        long rows = reconciliation.compare(day, f, timespan, rejectLog);
        System.out.printf("  polygon %s aggregates: %,d rows of the day in %s%n", timespan.code(), rows, f);
      }
      if (polygonRest != null) {
        compareRest(day, polygonRest, bars, reconciliation);
      }
      if (rejectLog.count() > 0) {
        System.out.printf("  %,d malformed rows skipped (see %s)%n", rejectLog.count(), rejectsPath);
      }
      System.out.print(report.render());
    } catch (FeedInputException e) {
      System.err.println("reconcile: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      System.err.println("reconcile failed: " + e.getMessage());
      return FAILED;
    }
    return failOnDiff && report.hasDifferences() ? DIFFERENT : 0;
  }

  private RestAggregatesOfDay restSource() {
    if ((aggs != null && !aggs.isBlank()) || root != null) {
      throw new FeedInputException("--rest takes Polygon's bars from REST: give it without --aggs or --root");
    }
    FeedConfig.Polygon p = config.polygon();
    RestSettings settings = RestSettings.of(restUrl != null ? restUrl : p.restUrl(), p.apiKey().orElse(null),
        p.restRatePerSecond(), p.restMaxAttempts(), p.restMaxBackoff());
    return new RestAggregatesOfDay(new RestAggregates(new PolygonRestClient(settings)));
  }

  /** Each symbol's minute and day bars from REST, compared with ours (symbols: given, or those with our 1m bars). */
  private void compareRest(LocalDate day, RestAggregatesOfDay polygonRest, BarsRepository bars,
      Reconciliation reconciliation) {
    List<String> tickers = symbols != null && !symbols.isBlank()
        ? Arrays.stream(symbols.split(",")).map(String::trim).filter(t -> !t.isEmpty())
            .map(t -> t.toUpperCase(Locale.ROOT)).distinct().toList()
        : new TreeSet<>(bars.barCounts("1m", Reconciliation.dayStart(day), Reconciliation.dayEnd(day)).keySet())
            .stream().toList();
    System.out.printf("  polygon REST /v2/aggs: %d symbols%s%n", tickers.size(),
        symbols != null && !symbols.isBlank() ? "" : " (those with our 1m bars that day)");
    long[] rows = new long[2];
    for (String ticker : tickers) {
      for (Timespan timespan : List.of(Timespan.MINUTE, Timespan.DAY)) {
        List<PolygonAgg> polygon = polygonRest.of(ticker, timespan, day);
        rows[timespan == Timespan.MINUTE ? 0 : 1] += polygon.size();
        reconciliation.compare(day, ticker, timespan, polygon);
      }
    }
    System.out.printf("  polygon REST aggregates: %,d minute and %,d day bars of the day%n", rows[0], rows[1]);
  }

  private List<Path> files(LocalDate day) {
    List<Path> out = new ArrayList<>();
    if (aggs != null && !aggs.isBlank()) {
      for (String part : aggs.split(",")) {
        if (!part.isBlank()) {
          Path p = Path.of(part.trim());
          if (!Files.isRegularFile(p)) {
            throw new FeedInputException("file " + p + " does not exist");
          }
          FlatFileKind kind = FlatFileKind.detect(p);
          if (!kind.isAggregates()) {
            throw new FeedInputException("file " + p + " holds " + kind.code() + ", not minute or day aggregates");
          }
          out.add(p);
        }
      }
    } else if (root != null) {
      for (FlatFileKind kind : List.of(FlatFileKind.MINUTE_AGGS, FlatFileKind.DAY_AGGS)) {
        Path f = FlatFileLayout.dayFile(root.resolve(kind.dataset()), null, day);
        if (f != null) {
          out.add(f);
        }
      }
      if (out.isEmpty()) {
        throw new FeedInputException("no minute_aggs_v1 or day_aggs_v1 file for " + day + " under " + root);
      }
    } else {
      throw new FeedInputException("give --aggs FILES (minute_aggs and/or day_aggs), --root DIR (us_stocks_sip) "
          + "or --rest (Polygon REST /v2/aggs)");
    }
    return out;
  }
}
