package io.peripheral.feed.flatfile.download;

import io.peripheral.feed.config.FeedConfig;
import io.peripheral.feed.flatfile.FlatFileKind;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed download --kind trades --from 2024-01-02 [--to 2024-01-05] [--dest flatfiles]}: Polygon's flat files
 * of a date range from its S3-compatible endpoint, laid out as the bucket, so
 * {@code make replay ROOT=flatfiles/us_stocks_sip/trades_v1 FROM=...} reads them. Exit codes: 0 done (files that
 * vanished between listing and fetching are reported, not fatal), 1 a download failed, 2 bad usage or keys.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
    description = "Download Polygon flat files (resumable; complete files are skipped).")
public class DownloadCommand implements Callable<Integer> {
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Option(names = "--kind", defaultValue = "trades", paramLabel = "KIND",
      description = "trades, quotes, minute_aggs or day_aggs (default trades).")
  String kind;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive (default --from).")
  String to;

  @Option(names = "--dest", paramLabel = "DIR", description = "Download directory (default flatfiles).")
  Path dest;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "S3-compatible endpoint (default POLYGON_S3_ENDPOINT or https://files.polygon.io).")
  String endpoint;

  private final FeedConfig config;

  @Inject
  public DownloadCommand(FeedConfig config) {
    this.config = config;
  }

  @Override
  public Integer call() {
    FeedConfig.FlatFiles c = config.flatFiles();
    FlatFileKind k = FlatFileKind.fromCode(kind).orElse(null);
    if (k == null) {
      System.err.println("download: --kind '" + kind + "' is not one of " + FlatFileKind.codes());
      return USAGE;
    }
    LocalDate first;
    LocalDate last;
    S3Settings settings;
    try {
      first = LocalDate.parse(from.trim());
      last = to == null ? first : LocalDate.parse(to.trim());
      if (last.isBefore(first)) {
        System.err.println("download: --to " + last + " is before --from " + first);
        return USAGE;
      }
      settings = S3Settings.of(endpoint != null ? endpoint : c.endpoint(), c.bucket(), c.region(),
          c.accessKeyId().orElse(null), c.secretAccessKey().orElse(null));
    } catch (DateTimeParseException e) {
      System.err.println("download: '" + e.getParsedString() + "' is not a date like 2024-01-02");
      return USAGE;
    } catch (IllegalArgumentException e) {
      System.err.println("download: " + e.getMessage());
      return USAGE;
    }
    Path dir = dest != null ? dest : Path.of(c.dest());
    try (FlatFileBucket bucket = new S3FlatFileBucket(settings)) {
      System.out.printf("download from %s/%s%n", settings.endpoint(), settings.bucket());
      DownloadSummary s = new FlatFileDownloader(bucket, dir, c.maxAttempts(), c.initialBackoff(), System.out)
          .download(k, first, last);
      System.out.print(s.render());
      System.out.printf("replay them: make replay ROOT=%s FROM=%s%s%n",
          dir.resolve(FlatFileKeys.MARKET).resolve(k.dataset()), first, last.equals(first) ? "" : " TO=" + last);
      return 0;
    } catch (FlatFileAccessDeniedException e) {
      System.err.println("download: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      System.err.println("download failed: " + e.getMessage());
      return FAILED;
    }
  }
}
