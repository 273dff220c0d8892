package io.peripheral.feed.reconcile;

import io.peripheral.feed.polygon.rest.PolygonBar;
import io.peripheral.feed.polygon.rest.RestAggregates;
import io.peripheral.schemas.agg.AggSource;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.Timespan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Polygon's own bars of one New York day through REST ({@code /v2/aggs/ticker/{t}/range/1/minute|day/{day}/{day}},
 * unadjusted, as our stored bars are raw), in the shape the flat files give: what reconciliation compares when
 * there are no minute_aggs/day_aggs files at hand.
 */
public final class RestAggregatesOfDay {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final long MINUTE_NS = 60_000_000_000L;
  private final RestAggregates rest;

  public RestAggregatesOfDay(RestAggregates rest) {
    this.rest = rest;
  }

  /** The symbol's minute or day aggregates whose window starts on {@code day}, in time order. */
  public List<PolygonAgg> of(String symbol, Timespan timespan, LocalDate day) {
    if (timespan != Timespan.MINUTE && timespan != Timespan.DAY) {
      throw new IllegalArgumentException("reconciliation compares minute and day aggregates, not " + timespan);
    }
    long dayStart = nanos(Reconciliation.dayStart(day));
    long dayEnd = nanos(Reconciliation.dayEnd(day));
    List<PolygonAgg> out = new ArrayList<>();
    for (PolygonBar b : rest.range(symbol, 1, timespan.code(), day, day)) {
      long start = b.start();
      long end;
      if (timespan == Timespan.DAY) {
        // A daily bar stands for its New York date; keyed by that date's midnight, as our 1d bars are, whatever
        // instant Polygon stamps it with.
        LocalDate date = Instant.ofEpochSecond(Math.floorDiv(start, 1_000_000_000L)).atZone(NEW_YORK).toLocalDate();
        start = nanos(Reconciliation.dayStart(date));
        end = nanos(Reconciliation.dayEnd(date));
      } else {
        end = start + MINUTE_NS;
      }
      if (start < dayStart || start >= dayEnd) {
        continue;
      }
      out.add(PolygonAgg.of(symbol, timespan, start, end, b.open(), b.high(), b.low(), b.close(), b.volume(),
          b.trades(), AggSource.REST));
    }
    return out;
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L;
  }
}
