package io.peripheral.feed.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.agg.AggSource;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.Timespan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarComparisonTest {
  private static final long M = 60_000_000_000L;
  private static final long T0 = 1_704_205_800_000_000_000L;
  private final BarComparison comparison = new BarComparison(1e-6, 1e-6);

  private static OurBar ours(long start, double o, double h, double l, double c, double v) {
    return new OurBar(start, o, h, l, c, v, 1, "replay", "builtin-1");
  }

  private static PolygonAgg theirs(long start, double o, double h, double l, double c, double v) {
    return PolygonAgg.of("A", Timespan.MINUTE, start, start + M, o, h, l, c, v, 9L, AggSource.FLAT_FILE);
  }

  @Test
  void matchesWindowsByStartAndReportsEachDifferingFieldAndTheUnmatchedWindows() {
    SymbolResult r = comparison.compare("A", "1m",
        List.of(ours(T0, 10, 11, 9, 10.5, 100), ours(T0 + M, 10, 11, 9, 10.5, 100), ours(T0 + 2 * M, 1, 1, 1, 1, 1)),
        List.of(theirs(T0, 10, 11, 9, 10.5, 100.0000001), theirs(T0 + M, 10, 11.05, 9, 10.5, 90),
            theirs(T0 + 3 * M, 1, 1, 1, 1, 1)));

    assertThat(r.matching()).isEqualTo(1);
    assertThat(r.differing()).isEqualTo(1);
    assertThat(r.onlyOurs()).isEqualTo(1);
    assertThat(r.onlyPolygon()).isEqualTo(1);
    assertThat(r.byField()).isEqualTo(Map.of(Field.HIGH, 1, Field.VOLUME, 1));
    assertThat(r.differences()).extracting(Difference::ours, Difference::polygon)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(11.0, 11.05), org.assertj.core.groups.Tuple.tuple(100.0,
            90.0));
    assertThat(r.clean()).isFalse();
  }

  @Test
  void theReportListsTheWorstSymbolsFirstAndStaysQuietWhenAllMatch() {
    ReconcileReport clean = new ReconcileReport(10);
    clean.add(comparison.compare("A", "1m", List.of(ours(T0, 1, 1, 1, 1, 1)), List.of(theirs(T0, 1, 1, 1, 1, 1))));
    assertThat(clean.hasDifferences()).isFalse();
    assertThat(clean.render()).contains("1m bars: 1 symbols, 1 windows match, 0 differ").contains("no differences");

    ReconcileReport report = new ReconcileReport(10);
    report.add(comparison.compare("LOW", "1m", List.of(ours(T0, 1, 1, 1, 1, 1)), List.of(theirs(T0, 1, 1, 1, 1, 2))));
    report.add(new SymbolResult("ONLYOURS", "1m", 0, 0, 5, 0, List.of()));
    String text = report.render();
    assertThat(report.hasDifferences()).isTrue();
    assertThat(text).contains("differing fields: volume 1");
    assertThat(text.indexOf("ONLYOURS")).isLessThan(text.indexOf("LOW "));
    assertThat(text).contains("LOW        1m  09:30 ET volume ours 1 polygon 2 (-1)");
  }
}
