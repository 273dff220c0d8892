package io.peripheral.feed.flatfile.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.feed.flatfile.FlatFileKind;
import io.peripheral.feed.flatfile.FlatFileLayout;
import io.peripheral.feed.polygon.PolygonTradesReader;
import io.peripheral.feed.polygon.TradesCsv;
import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.trade.Trade;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code feed download}'s downloader against a real S3-compatible server (s3proxy in its own JVM, signatures
 * checked), through {@link CuttingProxy}, which records the requests and breaks connections on demand.
 */
class FlatFileDownloadIT {
  private static final String BUCKET = "flatfiles";
  /** Tue 2024-01-30 .. Mon 2024-02-05: two month prefixes, a weekend with no files. */
  private static final List<LocalDate> TRADING_DAYS = List.of(LocalDate.parse("2024-01-30"),
      LocalDate.parse("2024-01-31"), LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-02"),
      LocalDate.parse("2024-02-05"));
  /** One large day for the broken-connection tests. */
  private static final LocalDate BIG_DAY = LocalDate.parse("2024-03-04");
  private static final int ROWS = 4_000;

  @TempDir
  static Path work;
  private static S3ProxyServer s3;
  private static CuttingProxy proxy;
  private static Path source;

  @TempDir
  Path dest;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeAll
  static void serverWithFlatFiles() throws Exception {
    s3 = S3ProxyServer.start(work);
    proxy = new CuttingProxy(s3.port());
    s3.createBucket(BUCKET);
    source = Files.createDirectories(work.resolve("source"));
    List<LocalDate> days = new ArrayList<>(TRADING_DAYS);
    days.add(LocalDate.parse("2024-01-29")); // the day before the range: never fetched
    for (LocalDate d : days) {
      upload(FlatFileKind.TRADES, d, trades(d, ROWS));
    }
    upload(FlatFileKind.QUOTES, LocalDate.parse("2024-02-01"), trades(LocalDate.parse("2024-02-01"), 10));
    upload(FlatFileKind.TRADES, BIG_DAY, trades(BIG_DAY, 60_000));
  }

  @AfterAll
  static void stop() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
    if (s3 != null) {
      s3.close();
    }
  }

  @BeforeEach
  void clearRequests() {
    proxy.clear();
  }

  private static void upload(FlatFileKind kind, LocalDate day, TradesCsv csv) {
    String key = FlatFileKeys.key(kind, day);
    Path file = source.resolve(key);
    try {
      Files.createDirectories(file.getParent());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    csv.write(file);
    s3.put(BUCKET, key, file);
  }

  /** A day of trades in Polygon's format, prices and sizes random enough that gzip leaves them big. */
  private static TradesCsv trades(LocalDate day, int rows) {
    Random r = new Random(day.toEpochDay());
    long open = day.atTime(14, 30).toEpochSecond(java.time.ZoneOffset.UTC) * 1_000_000_000L;
    TradesCsv csv = TradesCsv.withHeader();
    for (int i = 0; i < rows; i++) {
      long sip = open + i * 1_000_003L + r.nextInt(1000);
      csv.raw(String.join(",", i % 2 == 0 ? "AAPL" : "MSFT", i % 7 == 0 ? "\"12,37\"" : "", "0",
          Integer.toString(1 + r.nextInt(20)), Long.toString(r.nextLong() & Long.MAX_VALUE), Long.toString(sip - 5),
          String.format(java.util.Locale.ROOT, "%.4f", 100 + r.nextDouble() * 50), Long.toString(i + 1L),
          Long.toString(sip), Integer.toString(1 + r.nextInt(500)), "3", "", ""));
    }
    return csv;
  }

  private FlatFileDownloader downloader(String accessKey, String secret, int attempts) {
    S3Settings settings = S3Settings.of(proxy.endpoint(), BUCKET, "us-east-1", accessKey, secret)
        .withListPageSize(2); // several ListObjectsV2 pages per month: continuation tokens are followed
    return new FlatFileDownloader(new S3FlatFileBucket(settings), dest, attempts, Duration.ofMillis(10),
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  private FlatFileDownloader downloader(int attempts) {
    return downloader(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY, attempts);
  }

  private static List<String> objectGets(List<CuttingProxy.Seen> seen) {
    return seen.stream().map(CuttingProxy.Seen::requestLine)
        .filter(l -> l.startsWith("GET /" + BUCKET + "/")).toList();
  }

  @Test
  void downloadsARangeAcrossMonthsWithAWeekendGapThatReplaysThroughTheReaderAndThenSkipsIt() throws Exception {
    LocalDate from = LocalDate.parse("2024-01-30");
    LocalDate to = LocalDate.parse("2024-02-05");

    DownloadSummary first = downloader(3).download(FlatFileKind.TRADES, from, to);

    assertThat(first.days()).isEqualTo(7);
    assertThat(first.daysWithFiles()).isEqualTo(5);
    assertThat(first.noFile()).containsExactly(LocalDate.parse("2024-02-03"), LocalDate.parse("2024-02-04"));
    assertThat(first.downloaded()).isEqualTo(5);
    assertThat(first.missing()).isEmpty();
    assertThat(proxy.seen()).filteredOn(s -> s.requestLine().contains("continuation-token=")).isNotEmpty();
    assertThat(objectGets(proxy.seen())).hasSize(5).noneMatch(l -> l.contains("2024-01-29"));
    for (LocalDate d : TRADING_DAYS) {
      String key = FlatFileKeys.key(FlatFileKind.TRADES, d);
      assertThat(Files.readAllBytes(dest.resolve(key))).isEqualTo(Files.readAllBytes(source.resolve(key)));
      assertThat(Files.readString(dest.resolve(key + ".etag"))).as("the listing's ETag, recorded").isNotBlank();
    }
    assertThat(dest.resolve(FlatFileKeys.key(FlatFileKind.QUOTES, LocalDate.parse("2024-02-01")))).doesNotExist();

    // the replay's own way of finding and reading day files
    FlatFileLayout.Found found = FlatFileLayout.days(dest.resolve("us_stocks_sip/trades_v1"), FlatFileKind.TRADES,
        from, to, MarketCalendar.builtIn());
    assertThat(found.files()).hasSize(5);
    assertThat(found.missing()).as("the weekend is closed, not missing").isEmpty();
    assertThat(found.closed()).hasSize(2);
    long rows = 0;
    for (Path f : found.files()) {
      try (PolygonTradesReader reader = PolygonTradesReader.open(f, reject -> {
        throw new AssertionError("rejected " + reject);
      })) {
        for (Trade t = reader.next(); t != null; t = reader.next()) {
          rows++;
        }
      }
    }
    assertThat(rows).isEqualTo(5L * ROWS);

    proxy.clear();
    DownloadSummary second = downloader(3).download(FlatFileKind.TRADES, from, to);

    assertThat(second.skipped()).isEqualTo(5);
    assertThat(second.downloaded()).isZero();
    assertThat(second.bytes()).isZero();
    assertThat(objectGets(proxy.seen())).isEmpty();
  }

  @Test
  void anInterruptedDownloadFailsNamingTheFileAndTheNextRunResumesItWithARangeRequest() throws Exception {
    String key = FlatFileKeys.key(FlatFileKind.TRADES, BIG_DAY);
    long size = Files.size(source.resolve(key));
    assertThat(size).as("the file must be far larger than the cut").isGreaterThan(400_000);
    proxy.cutNextGet(key, 200_000);

    assertThatThrownBy(() -> downloader(1).download(FlatFileKind.TRADES, BIG_DAY, BIG_DAY))
        .isInstanceOf(FlatFileDownloadException.class)
        .hasMessageContaining(key).hasMessageContaining("gave up after 1 attempts at byte")
        .hasMessageContaining("of " + size);
    Path part = dest.resolve(key + ".part");
    long kept = Files.size(part);
    assertThat(kept).isPositive().isLessThanOrEqualTo(200_000);
    assertThat(dest.resolve(key)).doesNotExist();

    proxy.clear();
    DownloadSummary resumed = downloader(1).download(FlatFileKind.TRADES, BIG_DAY, BIG_DAY);

    assertThat(proxy.seen()).filteredOn(s -> s.requestLine().contains(key)).extracting(CuttingProxy.Seen::range)
        .containsExactly("bytes=" + kept + "-");
    assertThat(resumed.resumed()).isEqualTo(1);
    assertThat(resumed.bytes()).isEqualTo(size - kept);
    assertThat(Files.readAllBytes(dest.resolve(key))).isEqualTo(Files.readAllBytes(source.resolve(key)));
    assertThat(part).doesNotExist();
  }

  @Test
  void aConnectionBrokenMidBodyIsRetriedWithinTheRunFromTheBytesReceived() throws Exception {
    String key = FlatFileKeys.key(FlatFileKind.TRADES, BIG_DAY);
    proxy.cutNextGet(key, 150_000);

    DownloadSummary s = downloader(3).download(FlatFileKind.TRADES, BIG_DAY, BIG_DAY);

    List<String> ranges = proxy.seen().stream().filter(r -> r.requestLine().contains(key))
        .map(CuttingProxy.Seen::range).toList();
    assertThat(ranges).hasSize(2);
    assertThat(ranges.get(0)).isNull();
    assertThat(ranges.get(1)).matches("bytes=[1-9][0-9]*-");
    assertThat(s.downloaded()).isEqualTo(1);
    assertThat(Files.readAllBytes(dest.resolve(key))).isEqualTo(Files.readAllBytes(source.resolve(key)));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("retry 1/2");
  }

  @Test
  void wrongKeysFailWithOneLineNamingTheVariablesAndNeverShowTheSecret() {
    for (String[] keys : new String[][] {{"no-such-key", S3ProxyServer.SECRET_KEY},
        {S3ProxyServer.ACCESS_KEY, "wrong-secret-abc"}}) {
      assertThatThrownBy(() -> downloader(keys[0], keys[1], 3).download(FlatFileKind.TRADES, BIG_DAY, BIG_DAY))
          .isInstanceOf(FlatFileAccessDeniedException.class)
          .hasMessageContaining("HTTP 403")
          .hasMessageContaining("POLYGON_S3_ACCESS_KEY_ID and POLYGON_S3_SECRET_ACCESS_KEY")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain(keys[1]));
    }
    assertThat(objectGets(proxy.seen())).isEmpty();
  }
}
