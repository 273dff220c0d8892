package io.peripheral.feed.flatfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.feed.polygon.FeedInputException;
import io.peripheral.feed.polygon.TradesCsv;
import io.peripheral.feed.replay.ReplayInput;
import io.peripheral.schemas.calendar.MarketCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlatFileKindTest {
  private static final MarketCalendar CAL = MarketCalendar.builtIn();
  @TempDir
  Path dir;

  @Test
  void detectsEachKindByHeaderAndAggregatesByFolderOrFirstWindow() {
    Path trades = TradesCsv.withHeader().raw("A,,0,1,1,,1.5,1,1704205800000000000,1,1,,").write(dir.resolve("t.csv"));
    Path quotes = FlatCsv.quotes().raw("A,1,1.1,1,1,1,1,,,,1,1704205800000000000,1,").write(dir.resolve("q.csv"));
    Path minute = FlatCsv.aggs().raw("A,1,1,1,1,1,1704205800000000000,1").write(dir.resolve("x/m.csv"));
    Path day = FlatCsv.aggs().raw("A,1,1,1,1,1,1704171600000000000,1").write(dir.resolve("x/d.csv"));
    Path namedMinute = FlatCsv.aggs().raw("A,1,1,1,1,1,1704171600000000000,1")
        .write(dir.resolve("minute_aggs_v1/2024/01/2024-01-02.csv.gz"));
    Path other = new FlatCsv().raw("a,b").raw("1,2").write(dir.resolve("o.csv"));

    assertThat(FlatFileKind.detect(trades)).isEqualTo(FlatFileKind.TRADES);
    assertThat(FlatFileKind.detect(quotes)).isEqualTo(FlatFileKind.QUOTES);
    assertThat(FlatFileKind.detect(minute)).isEqualTo(FlatFileKind.MINUTE_AGGS);
    assertThat(FlatFileKind.detect(day)).isEqualTo(FlatFileKind.DAY_AGGS);
    assertThat(FlatFileKind.detect(namedMinute)).isEqualTo(FlatFileKind.MINUTE_AGGS);
    assertThatThrownBy(() -> FlatFileKind.detect(other)).isInstanceOf(FeedInputException.class)
        .hasMessageContaining("not a Polygon");
  }

  @Test
  void aDateRangeFindsTheDayFilesOfTheLayoutAndReportsMissingDays() {
    Path root = dir.resolve("us_stocks_sip");
    FlatCsv q = FlatCsv.quotes().raw("A,1,1.1,1,1,1,1,,,,1,1704205800000000000,1,");
    q.write(root.resolve("quotes_v1/2024/01/2024-01-02.csv.gz"));
    q.write(root.resolve("quotes_v1/2024/01/2024-01-03.csv"));
    q.write(root.resolve("quotes_v1/2024/01/2024-01-05.csv.gz"));

    ReplayInput viaDataset = ReplayInput.resolve(null, root.resolve("quotes_v1"), "2024-01-02", "2024-01-05", null, CAL);
    ReplayInput viaKind = ReplayInput.resolve(null, root, "2024-01-02", "2024-01-05", "quotes", CAL);

    assertThat(viaDataset.kind()).isEqualTo(FlatFileKind.QUOTES);
    assertThat(viaDataset.files()).extracting(p -> p.getFileName().toString())
        .containsExactly("2024-01-02.csv.gz", "2024-01-03.csv", "2024-01-05.csv.gz");
    assertThat(viaDataset.missingDays()).containsExactly(LocalDate.parse("2024-01-04"));
    assertThat(viaKind.files()).isEqualTo(viaDataset.files());
  }

  @Test
  void aDateRangeSkipsClosedDaysWithoutLookingForTheirFilesAndSaysWhy() throws Exception {
    Path root = dir.resolve("trades_v1");
    java.nio.file.Files.createDirectories(root.resolve("2023/12"));
    java.nio.file.Files.createDirectories(root.resolve("2024/01"));
    TradesCsv t = TradesCsv.withHeader().raw("A,,0,1,1,,1.5,1,1704205800000000000,1,1,,");
    t.write(root.resolve("2023/12/2023-12-29.csv.gz"));
    t.write(root.resolve("2024/01/2024-01-01.csv.gz")); // a stray file on New Year's Day is not read
    t.write(root.resolve("2024/01/2024-01-02.csv.gz"));

    ReplayInput in = ReplayInput.resolve(null, root, "2023-12-29", "2024-01-03", null, CAL);

    assertThat(in.files()).extracting(p -> p.getFileName().toString())
        .containsExactly("2023-12-29.csv.gz", "2024-01-02.csv.gz");
    assertThat(in.dayNotes()).containsExactly("skipped 2023-12-30 (weekend)", "skipped 2023-12-31 (weekend)",
        "skipped 2024-01-01 (New Year's Day)", "skipped 2024-01-03 (a trading day, but no trades file)");
    assertThatThrownBy(() -> ReplayInput.resolve(null, root, "2024-01-01", null, null, CAL))
        .hasMessageContaining("no flat file for any trading day").hasMessageContaining("1 closed day(s) skipped");
  }

  @Test
  void badRangesAndMixedKindsAreUsageErrors() {
    Path t = TradesCsv.withHeader().raw("A,,0,1,1,,1.5,1,1704205800000000000,1,1,,").write(dir.resolve("t.csv"));
    Path q = FlatCsv.quotes().raw("A,1,1.1,1,1,1,1,,,,1,1704205800000000000,1,").write(dir.resolve("q.csv"));

    assertThatThrownBy(() -> ReplayInput.resolve(t + "," + q, null, null, null, null, CAL))
        .hasMessageContaining("one kind");
    assertThatThrownBy(() -> ReplayInput.resolve(t.toString(), null, null, null, "quotes", CAL))
        .hasMessageContaining("holds trades, not quotes");
    assertThatThrownBy(() -> ReplayInput.resolve(null, dir, "2024-01-05", "2024-01-02", null, CAL))
        .hasMessageContaining("before");
    assertThatThrownBy(() -> ReplayInput.resolve(null, dir, "2024-01-02", "2024-01-03", null, CAL))
        .hasMessageContaining("no flat file");
    assertThatThrownBy(() -> ReplayInput.resolve(null, dir, "Jan 2", null, null, CAL)).hasMessageContaining("not a date");
    assertThatThrownBy(() -> ReplayInput.resolve(null, dir, "2024-01-02", null, "ticks", CAL))
        .hasMessageContaining("unknown --kind");
  }
}
