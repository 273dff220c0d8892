package io.peripheral.feed.flatfile.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.flatfile.FlatCsv;
import io.peripheral.feed.flatfile.FlatFileKind;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code feed download} as a user runs it: keys from configuration, output, exit codes, against s3proxy. */
@QuarkusMainTest
@TestProfile(DownloadCommandIT.Keys.class)
class DownloadCommandIT {
  /** The keys as the environment would give them (POLYGON_S3_ACCESS_KEY_ID / POLYGON_S3_SECRET_ACCESS_KEY). */
  public static class Keys implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("peripheral.flat-files.access-key-id", S3ProxyServer.ACCESS_KEY,
          "peripheral.flat-files.secret-access-key", S3ProxyServer.SECRET_KEY,
          "peripheral.flat-files.initial-backoff", "10ms");
    }
  }

  private static Path work;
  private static S3ProxyServer s3;

  @BeforeAll
  static void serverWithDayAggregates() throws Exception {
    work = Files.createTempDirectory("download-command");
    s3 = S3ProxyServer.start(work);
    s3.createBucket("flatfiles");
    for (String day : new String[] {"2024-01-05", "2024-01-08"}) {
      long start = LocalDate.parse(day).atStartOfDay(java.time.ZoneId.of("America/New_York")).toEpochSecond()
          * 1_000_000_000L;
      String key = FlatFileKeys.key(FlatFileKind.DAY_AGGS, LocalDate.parse(day));
      Path f = FlatCsv.aggs().raw("AAPL,1000,10,10.5,11,9," + start + ",7").write(work.resolve("src").resolve(key));
      s3.put("flatfiles", key, f);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (s3 != null) {
      s3.close();
    }
  }

  @Test
  void downloadsTheDaysThatHaveFilesPrintsHowToReplayThemAndSkipsThemTheSecondTime(QuarkusMainLauncher launcher) {
    Path dest = work.resolve("dest");
    String[] args = {"download", "--kind", "day_aggs", "--from", "2024-01-05", "--to", "2024-01-08", "--dest",
        dest.toString(), "--endpoint", s3.endpoint().toString()};

    LaunchResult first = launcher.launch(args);
    LaunchResult second = launcher.launch(args);

    assertThat(first.exitCode()).as(first.getOutput() + first.getErrorOutput()).isZero();
    assertThat(first.getOutput()).contains("2 of 4 days have files (none for 2024-01-06, 2024-01-07")
        .contains("2 downloaded, 0 skipped")
        .contains("replay them: make replay ROOT=" + dest.resolve("us_stocks_sip/day_aggs_v1")
            + " FROM=2024-01-05 TO=2024-01-08");
    assertThat(dest.resolve("us_stocks_sip/day_aggs_v1/2024/01/2024-01-08.csv.gz")).isRegularFile();
    assertThat(second.exitCode()).isZero();
    assertThat(second.getOutput()).contains("0 downloaded, 2 skipped (already complete)");
    assertThat(first.getOutput() + first.getErrorOutput()).doesNotContain(S3ProxyServer.SECRET_KEY);
  }

  @Test
  void badUsageAndRefusedKeysExitWithTwoAndOneLine(QuarkusMainLauncher launcher) throws Exception {
    LaunchResult badKind = launcher.launch("download", "--kind", "bars", "--from", "2024-01-05");
    LaunchResult badDate = launcher.launch("download", "--from", "5/1/2024");
    LaunchResult refused;
    Path other = Files.createTempDirectory("download-other");
    // a server that knows other keys than the configured ones
    try (S3ProxyServer stranger = S3ProxyServer.start(other, "someone-else", "their-secret-0123456789")) {
      refused = launcher.launch("download", "--from", "2024-01-05", "--dest", other.resolve("dest").toString(),
          "--endpoint", stranger.endpoint().toString());
    }

    assertThat(badKind.exitCode()).isEqualTo(2);
    assertThat(badKind.getErrorOutput()).contains("trades|quotes|minute_aggs|day_aggs");
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.getErrorOutput()).contains("not a date");
    assertThat(refused.exitCode()).as(refused.getOutput() + refused.getErrorOutput()).isEqualTo(2);
    assertThat(refused.getErrorOutput().lines().filter(l -> l.startsWith("download:")).toList()).singleElement()
        .asString().contains("HTTP 403").contains("set POLYGON_S3_ACCESS_KEY_ID and POLYGON_S3_SECRET_ACCESS_KEY");
  }
}
