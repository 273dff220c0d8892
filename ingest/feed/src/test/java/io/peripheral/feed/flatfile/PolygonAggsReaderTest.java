package io.peripheral.feed.flatfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.polygon.Reject;
import io.peripheral.schemas.agg.AggSource;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.Timespan;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolygonAggsReaderTest {
  private static final long NY_MIDNIGHT_2024_03_10 = Instant.parse("2024-03-10T05:00:00Z").getEpochSecond()
      * 1_000_000_000L;
  @TempDir
  Path dir;

  private final List<Reject> rejects = new ArrayList<>();

  private List<PolygonAgg> readAll(Path file, Timespan timespan) {
    List<PolygonAgg> out = new ArrayList<>();
    try (PolygonAggsReader r = PolygonAggsReader.open(file, timespan, rejects::add)) {
      for (PolygonAgg a = r.next(); a != null; a = r.next()) {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void readsMinuteAggregatesWithOneMinuteWindows() {
    Path f = FlatCsv.aggs().raw("AAPL,4930,185.2,185.3,185.35,185.1,1704205800000000000,64")
        .write(dir.resolve("m.csv.gz"));

    List<PolygonAgg> aggs = readAll(f, Timespan.MINUTE);

    assertThat(rejects).isEmpty();
    assertThat(aggs).containsExactly(PolygonAgg.of("AAPL", Timespan.MINUTE, 1704205800000000000L,
        1704205860000000000L, 185.2, 185.35, 185.1, 185.3, 4930, 64L, AggSource.FLAT_FILE));
  }

  @Test
  void aDayWindowEndsAtTheNextNewYorkMidnightEvenOnADstSwitchDay() {
    Path f = FlatCsv.aggs().raw("SPY,1000,500,501,502,499," + NY_MIDNIGHT_2024_03_10 + ",")
        .write(dir.resolve("d.csv"));

    PolygonAgg day = readAll(f, Timespan.DAY).get(0);

    assertThat(day.end() - day.start()).isEqualTo(23L * 3600 * 1_000_000_000L);
    assertThat(day.transactions()).isNull();
  }

  @Test
  void malformedRowsAreRejectedWithFileAndLineAndReadingGoesOn() {
    Path f = FlatCsv.aggs()
        .raw("A,10,1,1,1,1,1704205800000000000,1")      // 2 good
        .raw("A,10,1,1,1,1,1704205860000000000")        // 3 too few columns
        .raw("A,x,1,1,1,1,1704205860000000000,1")       // 4 volume
        .raw("A,10,1,1,0.5,0.9,1704205860000000000,1")  // 5 low above high
        .raw("A,10,0,1,1,1,1704205860000000000,1")      // 6 zero open
        .raw("A,10,1,1,1,1,1704205860000000000,1")      // 7 good
        .write(dir.resolve("bad.csv"));

    assertThat(readAll(f, Timespan.MINUTE)).hasSize(2);
    assertThat(rejects).extracting(Reject::line).containsExactly(3L, 4L, 5L, 6L);
    assertThat(rejects.get(1).reason()).contains("volume is not a number");
    assertThat(rejects.get(2).reason()).contains("low 0.9 is above high 0.5");
    assertThat(rejects.get(3).reason()).contains("must be positive");
  }
}
