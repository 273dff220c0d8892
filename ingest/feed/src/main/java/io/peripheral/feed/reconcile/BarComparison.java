package io.peripheral.feed.reconcile;

import io.peripheral.schemas.agg.PolygonAgg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares one symbol's bars with Polygon's aggregates of the same windows (matched by window start). Prices match
 * within {@code priceTolerance}, volumes within {@code volumeTolerance} (absolute): both sides should come from the
 * same trades, so any real difference is a rule, a correction or a missing trade.
 */
public final class BarComparison {
  private final double priceTolerance;
  private final double volumeTolerance;

  public BarComparison(double priceTolerance, double volumeTolerance) {
    if (!(priceTolerance >= 0) || !(volumeTolerance >= 0)) {
      throw new IllegalArgumentException("tolerances must not be negative");
    }
    this.priceTolerance = priceTolerance;
    this.volumeTolerance = volumeTolerance;
  }

  public SymbolResult compare(String symbol, String interval, List<OurBar> ours, List<PolygonAgg> polygon) {
    Map<Long, OurBar> byStart = new HashMap<>();
    for (OurBar b : ours) {
      byStart.put(b.start(), b);
    }
    int matching = 0;
    int differing = 0;
    int onlyPolygon = 0;
    List<Difference> differences = new ArrayList<>();
    for (PolygonAgg a : polygon) {
      OurBar b = byStart.remove(a.start());
      if (b == null) {
        onlyPolygon++;
        continue;
      }
      boolean same = true;
      for (Field f : Field.values()) {
        double tolerance = f == Field.VOLUME ? volumeTolerance : priceTolerance;
        if (Math.abs(f.ours(b) - f.theirs(a)) > tolerance) {
          differences.add(new Difference(symbol, interval, a.start(), f, f.ours(b), f.theirs(a)));
          same = false;
        }
      }
      if (same) {
        matching++;
      } else {
        differing++;
      }
    }
    return new SymbolResult(symbol, interval, matching, differing, byStart.size(), onlyPolygon, differences);
  }
}
