package io.peripheral.feed.reconcile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison of one symbol's bars of one interval: how many windows match, differ, exist only on our side or
 * only on Polygon's, and the differing fields.
 */
public record SymbolResult(String symbol, String interval, int matching, int differing, int onlyOurs,
    int onlyPolygon, List<Difference> differences) {

  public SymbolResult {
    differences = List.copyOf(differences);
  }

  public boolean clean() {
    return differing == 0 && onlyOurs == 0 && onlyPolygon == 0;
  }

  public Map<Field, Integer> byField() {
    Map<Field, Integer> out = new EnumMap<>(Field.class);
    for (Difference d : differences) {
      out.merge(d.field(), 1, Integer::sum);
    }
    return out;
  }
}
