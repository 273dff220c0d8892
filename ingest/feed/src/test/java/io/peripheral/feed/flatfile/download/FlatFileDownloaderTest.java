package io.peripheral.feed.flatfile.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.feed.flatfile.FlatFileKind;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlatFileDownloaderTest {
  private static final LocalDate TUE = LocalDate.parse("2024-01-02");
  private static final String KEY = FlatFileKeys.key(FlatFileKind.TRADES, TUE);
  @TempDir
  Path dest;

  private final List<Duration> waits = new ArrayList<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private FlatFileDownloader downloader(MemoryBucket bucket, int attempts) {
    return new FlatFileDownloader(bucket, dest, attempts, Duration.ofMillis(10),
        new PrintStream(out, true, StandardCharsets.UTF_8)).sleeper(waits::add);
  }

  private static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  @Test
  void retriesABrokenTransferFromTheBytesAlreadyReceivedWithADoublingBackoff() throws Exception {
    byte[] data = bytes(3_000_000, 1);
    MemoryBucket bucket = new MemoryBucket().put(KEY, data, "v1").breakOff(KEY, 1_200_000, 2);

    DownloadSummary s = downloader(bucket, 3).download(FlatFileKind.TRADES, TUE, TUE);

    assertThat(bucket.opens()).containsExactly(KEY + "@0", KEY + "@1200000", KEY + "@2400000");
    assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    assertThat(Files.readAllBytes(dest.resolve(KEY))).isEqualTo(data);
    assertThat(s.downloaded()).isEqualTo(1);
    assertThat(s.resumed()).isEqualTo(1);
    assertThat(s.bytes()).isEqualTo(data.length);
    assertThat(dest.resolve(KEY + ".part")).doesNotExist();
  }

  @Test
  void givesUpAfterItsAttemptsNamingTheFileAndHowFarItGotAndKeepsThePart() throws Exception {
    byte[] data = bytes(3_000_000, 2);
    MemoryBucket bucket = new MemoryBucket().put(KEY, data, "v1").breakOff(KEY, 1_000_000, 5);

    assertThatThrownBy(() -> downloader(bucket, 2).download(FlatFileKind.TRADES, TUE, TUE))
        .isInstanceOf(FlatFileDownloadException.class)
        .hasMessageContaining(KEY).hasMessageContaining("after 2 attempts at byte 2000000 of 3000000");
    assertThat(Files.size(dest.resolve(KEY + ".part"))).isEqualTo(2_000_000);
    assertThat(dest.resolve(KEY)).doesNotExist();

    DownloadSummary again = downloader(new MemoryBucket().put(KEY, data, "v1"), 1)
        .download(FlatFileKind.TRADES, TUE, TUE);
    assertThat(again.resumed()).isEqualTo(1);
    assertThat(again.bytes()).isEqualTo(1_000_000);
    assertThat(Files.readAllBytes(dest.resolve(KEY))).isEqualTo(data);
  }

  @Test
  void startsOverWhenTheServerIgnoresTheRange() throws Exception {
    byte[] data = bytes(500_000, 3);
    MemoryBucket bucket = new MemoryBucket().put(KEY, data, "v1").breakOff(KEY, 100_000, 1).ignoreRange();

    downloader(bucket, 2).download(FlatFileKind.TRADES, TUE, TUE);

    assertThat(bucket.opens()).containsExactly(KEY + "@0", KEY + "@100000");
    assertThat(Files.readAllBytes(dest.resolve(KEY))).isEqualTo(data);
  }

  @Test
  void discardsAPartOfAnotherObjectVersionAndRefetchesAFileWhoseObjectChanged() throws Exception {
    byte[] old = bytes(200_000, 4);
    byte[] republished = bytes(200_000, 5);
    downloader(new MemoryBucket().put(KEY, old, "v1"), 1).download(FlatFileKind.TRADES, TUE, TUE);
    MemoryBucket v2 = new MemoryBucket().put(KEY, republished, "v2").breakOff(KEY, 50_000, 1);
    assertThatThrownBy(() -> downloader(v2, 1).download(FlatFileKind.TRADES, TUE, TUE))
        .isInstanceOf(FlatFileDownloadException.class);
    assertThat(Files.readAllBytes(dest.resolve(KEY))).as("the old file stays until the new one is whole")
        .isEqualTo(old);

    MemoryBucket v3 = new MemoryBucket().put(KEY, bytes(200_000, 6), "v3");
    DownloadSummary s = downloader(v3, 1).download(FlatFileKind.TRADES, TUE, TUE);

    assertThat(v3.opens()).containsExactly(KEY + "@0");
    assertThat(s.downloaded()).isEqualTo(1);
    assertThat(Files.readAllBytes(dest.resolve(KEY))).isEqualTo(bytes(200_000, 6));
    assertThat(Files.readString(dest.resolve(KEY + ".etag"))).isEqualTo("v3");
  }

  @Test
  void skipsCompleteFilesAndReportsDaysWithoutFilesAndObjectsGoneWhenFetched() throws Exception {
    String wed = FlatFileKeys.key(FlatFileKind.TRADES, TUE.plusDays(1));
    String fri = FlatFileKeys.key(FlatFileKind.TRADES, TUE.plusDays(3));
    MemoryBucket bucket = new MemoryBucket().put(KEY, bytes(1000, 7), "a").put(wed, bytes(1000, 8), "b")
        .put(fri, bytes(1000, 9), "c")
        .put(FlatFileKeys.key(FlatFileKind.TRADES, TUE.minusDays(1)), bytes(10, 1), "outside")
        .put("us_stocks_sip/trades_v1/2024/01/README.txt", bytes(10, 1), "not a day file");
    downloader(new MemoryBucket().put(KEY, bytes(1000, 7), "a"), 1).download(FlatFileKind.TRADES, TUE, TUE);
    bucket.goneWhenFetched(fri);

    DownloadSummary s = downloader(bucket, 1).download(FlatFileKind.TRADES, TUE, TUE.plusDays(4));

    assertThat(s.days()).isEqualTo(5);
    assertThat(s.daysWithFiles()).isEqualTo(3);
    assertThat(s.noFile()).containsExactly(TUE.plusDays(2), TUE.plusDays(4));
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(s.downloaded()).isEqualTo(1);
    assertThat(s.missing()).containsExactly(fri);
    assertThat(bucket.opens()).containsExactly(wed + "@0", fri + "@0");
    assertThat(s.render()).contains("3 of 5 days have files (none for 2024-01-04, 2024-01-06")
        .contains("1 downloaded, 1 skipped (already complete), 1 missing");
  }

  @Test
  void anObjectLongerThanItsListingIsNeverCommittedAndItsPartIsDropped() throws Exception {
    MemoryBucket bucket = new MemoryBucket().put(KEY, bytes(1000, 10), "v1").changedAfterListing(KEY, bytes(1500, 11));

    assertThatThrownBy(() -> downloader(bucket, 2).download(FlatFileKind.TRADES, TUE, TUE))
        .isInstanceOf(FlatFileDownloadException.class)
        .hasMessageContaining("received 1500 bytes, more than the listed 1000");
    assertThat(bucket.opens()).containsExactly(KEY + "@0", KEY + "@0");
    assertThat(dest.resolve(KEY)).doesNotExist();
    assertThat(dest.resolve(KEY + ".part")).doesNotExist();
  }
}
