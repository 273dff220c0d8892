package io.peripheral.feed.flatfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.feed.polygon.FeedInputException;
import io.peripheral.feed.polygon.TradesCsv;
import io.peripheral.feed.replay.ReplayInput;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlatFileKindTest {
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

    ReplayInput viaDataset = ReplayInput.resolve(null, root.resolve("quotes_v1"), "2024-01-02", "2024-01-05", null);
    ReplayInput viaKind = ReplayInput.resolve(null, root, "2024-01-02", "2024-01-05", "quotes");

    assertThat(viaDataset.kind()).isEqualTo(FlatFileKind.QUOTES);
    assertThat(viaDataset.files()).extracting(p -> p.getFileName().toString())
        .containsExactly("2024-01-02.csv.gz", "2024-01-03.csv", "2024-01-05.csv.gz");
    assertThat(viaDataset.missingDays()).containsExactly(LocalDate.parse("2024-01-04"));
    assertThat(viaKind.files()).isEqualTo(viaDataset.files());
  }

  @Test
  void badRangesAndMixedKindsAreUsageErrors() {
    Path t = TradesCsv.withHeader().raw("A,,0,1,1,,1.5,1,1704205800000000000,1,1,,").write(dir.resolve("t.csv"));
    Path q = FlatCsv.quotes().raw("A,1,1.1,1,1,1,1,,,,1,1704205800000000000,1,").write(dir.resolve("q.csv"));

    assertThatThrownBy(() -> ReplayInput.resolve(t + "," + q, null, null, null, null))
        .hasMessageContaining("one kind");
    assertThatThrownBy(() -> ReplayInput.resolve(t.toString(), null, null, null, "quotes"))
        .hasMessageContaining("holds trades, not quotes");
    assertThatThrownBy(() -> ReplayInput.resolve(null, dir, "2024-01-05", "2024-01-02", null))
        .hasMessageContaining("before");
    assertThatThrownBy(() -> ReplayInput.resolve(null, dir, "2024-01-02", "2024-01-03", null))
        .hasMessageContaining("no flat file");
    assertThatThrownBy(() -> ReplayInput.resolve(null, dir, "Jan 2", null, null)).hasMessageContaining("not a date");
    assertThatThrownBy(() -> ReplayInput.resolve(null, dir, "2024-01-02", null, "ticks"))
        .hasMessageContaining("unknown --kind");
  }
}
