package io.peripheral.feed.reconcile;

import io.peripheral.feed.flatfile.PolygonAggsReader;
import io.peripheral.feed.polygon.FeedInputException;
import io.peripheral.feed.polygon.RejectSink;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.Timespan;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares our bars of one New York day with Polygon's aggregates of that day, one symbol at a time: the aggregates
 * file is streamed (Polygon groups it by ticker), each ticker's rows are compared with that symbol's bars read by
 * primary key, so memory holds one symbol at a time. Symbols with bars but no aggregates count as "only ours".
 */
public final class Reconciliation {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private final BarsRepository bars;
  private final BarComparison comparison;
  private final ReconcileReport report;

  public Reconciliation(BarsRepository bars, BarComparison comparison, ReconcileReport report) {
    this.bars = bars;
    this.comparison = comparison;
    this.report = report;
  }

  public static Instant dayStart(LocalDate day) {
    return day.atStartOfDay(NEW_YORK).toInstant();
  }

  public static Instant dayEnd(LocalDate day) {
    return day.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
  }

  /** Compares the aggregates of {@code file} ({@link Timespan#MINUTE} → our 1m, DAY → our 1d) falling on {@code day}. */
  public long compare(LocalDate day, Path file, Timespan timespan, RejectSink rejects) {
    String interval = interval(timespan);
    Instant from = dayStart(day);
    Instant to = dayEnd(day);
    long fromNs = from.getEpochSecond() * 1_000_000_000L;
    long toNs = to.getEpochSecond() * 1_000_000_000L;
    Set<String> seen = new HashSet<>();
    long rows = 0;
    try (PolygonAggsReader reader = PolygonAggsReader.open(file, timespan, rejects)) {
      String symbol = null;
      List<PolygonAgg> group = new ArrayList<>();
      for (PolygonAgg a = reader.next(); a != null; a = reader.next()) {
        if (a.start() < fromNs || a.start() >= toNs) {
          continue; // another day's row
        }
        rows++;
        if (!a.symbol().equals(symbol)) {
          if (symbol != null) {
            compare(day, symbol, timespan, group);
          }
          if (!seen.add(a.symbol())) {
            throw new FeedInputException(file + " is not grouped by ticker (" + a.symbol() + " appears again at row "
                + reader.rowsRead() + "): Polygon's files are; was it edited?");
          }
          symbol = a.symbol();
          group.clear();
        }
        group.add(a);
      }
      if (symbol != null) {
        compare(day, symbol, timespan, group);
      }
    }
    for (Map.Entry<String, Integer> e : bars.barCounts(interval, from, to).entrySet()) {
      if (!seen.contains(e.getKey())) {
        report.add(new SymbolResult(e.getKey(), interval, 0, 0, e.getValue(), 0, List.of()));
      }
    }
    return rows;
  }

  /** Compares one symbol's Polygon aggregates of {@code day} (however obtained) with its bars of that interval. */
  public void compare(LocalDate day, String symbol, Timespan timespan, List<PolygonAgg> polygon) {
    String interval = interval(timespan);
    report.add(comparison.compare(symbol, interval, bars.bars(symbol, interval, dayStart(day), dayEnd(day)),
        polygon));
  }

  private static String interval(Timespan timespan) {
    return timespan == Timespan.MINUTE ? "1m" : "1d";
  }
}
