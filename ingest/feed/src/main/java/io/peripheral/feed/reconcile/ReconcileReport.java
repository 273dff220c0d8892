package io.peripheral.feed.reconcile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Collects the per-symbol results of a reconciliation and renders them: totals per interval, the fields that
 * differ, the symbols with the most differences, and the first differing values. Memory stays bounded: only a
 * summary per symbol with differences and the first {@code limit} differences are kept.
 */
public final class ReconcileReport {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
  private final int limit;
  private final Map<String, Totals> totals = new LinkedHashMap<>();
  private final List<SymbolResult> problems = new ArrayList<>();
  private final List<Difference> examples = new ArrayList<>();

  public ReconcileReport(int limit) {
    this.limit = limit;
  }

  private static final class Totals {
    long symbols;
    long matching;
    long differing;
    long onlyOurs;
    long onlyPolygon;
    final Map<Field, Long> byField = new EnumMap<>(Field.class);
  }

  public void add(SymbolResult r) {
    Totals t = totals.computeIfAbsent(r.interval(), k -> new Totals());
    t.symbols++;
    t.matching += r.matching();
    t.differing += r.differing();
    t.onlyOurs += r.onlyOurs();
    t.onlyPolygon += r.onlyPolygon();
    r.byField().forEach((f, n) -> t.byField.merge(f, (long) n, Long::sum));
    if (!r.clean()) {
      problems.add(new SymbolResult(r.symbol(), r.interval(), r.matching(), r.differing(), r.onlyOurs(),
          r.onlyPolygon(), r.differences().size() > 64 ? r.differences().subList(0, 64) : r.differences()));
    }
    for (Difference d : r.differences()) {
      if (examples.size() >= limit) {
        break;
      }
      examples.add(d);
    }
  }

  /** True when anything differs or is missing on one side. */
  public boolean hasDifferences() {
    return !problems.isEmpty();
  }

  public String render() {
    StringBuilder s = new StringBuilder();
    if (totals.isEmpty()) {
      s.append("nothing compared\n");
    }
    totals.forEach((interval, t) -> {
      s.append(String.format("%s bars: %d symbols, %,d windows match, %,d differ, %,d only ours, %,d only Polygon's%n",
          interval, t.symbols, t.matching, t.differing, t.onlyOurs, t.onlyPolygon));
      if (!t.byField.isEmpty()) {
        s.append("  differing fields: ").append(t.byField.entrySet().stream()
            .map(e -> e.getKey().code() + " " + String.format("%,d", e.getValue())).collect(Collectors.joining(", ")))
            .append('\n');
      }
    });
    if (problems.isEmpty()) {
      s.append(totals.isEmpty() ? "" : "no differences\n");
      return s.toString();
    }
    List<SymbolResult> worst = new ArrayList<>(problems);
    worst.sort(Comparator.comparingInt((SymbolResult r) -> r.differing() + r.onlyOurs() + r.onlyPolygon()).reversed()
        .thenComparing(SymbolResult::symbol));
    s.append(String.format("symbols with differences: %,d%s%n", worst.size(),
        worst.size() > limit ? " (the " + limit + " with the most shown; --limit N)" : ""));
    for (SymbolResult r : worst.subList(0, Math.min(limit, worst.size()))) {
      s.append(String.format("  %-10s %-3s %,d differ%s, %,d only ours, %,d only Polygon's%n", r.symbol(),
          r.interval(), r.differing(), r.byField().isEmpty() ? "" : " (" + r.byField().entrySet().stream()
              .map(e -> e.getKey().code() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")",
          r.onlyOurs(), r.onlyPolygon()));
    }
    if (!examples.isEmpty()) {
      s.append(String.format("first %d differing values (ours vs Polygon's):%n", examples.size()));
      for (Difference d : examples) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(d.start(), 1_000_000_000L));
        double delta = d.ours() - d.polygon();
        s.append(String.format("  %-10s %-3s %s %-6s ours %s polygon %s (%s%s)%n", d.symbol(), d.interval(),
            d.interval().equals("1d") ? t.atZone(NEW_YORK).toLocalDate() : HM.format(t.atZone(NEW_YORK)) + " ET",
            d.field().code(), plain(d.ours()), plain(d.polygon()), delta >= 0 ? "+" : "",
            java.math.BigDecimal.valueOf(delta).setScale(8, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString()));
      }
    }
    return s.toString();
  }

  private static String plain(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
