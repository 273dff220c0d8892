package io.peripheral.e2e;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bars computed from the test's own rows with the documented rules, independently of the code under test:
 * a trade updates high/low, open/close and volume only if every one of its conditions allows it; corrections
 * 7, 8, 10, 11 are excluded; a window with no price-eligible trade has no bar; trade_count counts the trades
 * that were eligible for at least one of the three.
 */
final class ReferenceBars {
  /** Expected bar, the fields the database must hold. */
  record Expected(String symbol, String interval, long start, double open, double high, double low, double close,
      double volume, long tradeCount) {}

  // condition -> {high/low, open/close, volume}
  private static final Map<Integer, boolean[]> RULES = Map.ofEntries(
      rule(2, "NNY"), rule(5, "YNY"), rule(7, "NNY"), rule(10, "YNY"), rule(12, "NNY"), rule(13, "NNY"),
      rule(15, "NNN"), rule(16, "NNN"), rule(20, "NNY"), rule(21, "NNY"), rule(22, "YNY"), rule(32, "YNY"),
      rule(33, "YNY"), rule(37, "NNY"), rule(38, "YYN"), rule(52, "NNY"), rule(53, "NNY"));
  private static final Set<Integer> EXCLUDED_CORRECTIONS = Set.of(7, 8, 10, 11);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static Map.Entry<Integer, boolean[]> rule(int id, String flags) {
    return Map.entry(id, new boolean[] {flags.charAt(0) == 'Y', flags.charAt(1) == 'Y', flags.charAt(2) == 'Y'});
  }

  private ReferenceBars() {}

  static long windowStart(String interval, long ns) {
    long len = switch (interval) {
      case "1s" -> 1_000_000_000L;
      case "1m" -> 60_000_000_000L;
      case "5m" -> 300_000_000_000L;
      case "15m" -> 900_000_000_000L;
      case "1h" -> 3_600_000_000_000L;
      default -> 0;
    };
    if (len > 0) {
      return Math.floorDiv(ns, len) * len;
    }
    ZonedDateTime day = Instant.ofEpochSecond(ns / 1_000_000_000L).atZone(NEW_YORK).truncatedTo(ChronoUnit.DAYS);
    return day.toEpochSecond() * 1_000_000_000L;
  }

  /** Keyed by symbol|interval|start. Rows must be in SIP-time order. */
  static Map<String, Expected> compute(List<TradesFile.Row> rows, List<String> intervals) {
    Map<String, Acc> accs = new TreeMap<>();
    for (TradesFile.Row r : rows) {
      if (EXCLUDED_CORRECTIONS.contains(r.correction())) {
        continue;
      }
      boolean hl = true;
      boolean oc = true;
      boolean vol = true;
      for (int c : r.conditions()) {
        boolean[] f = RULES.getOrDefault(c, new boolean[] {true, true, true});
        hl &= f[0];
        oc &= f[1];
        vol &= f[2];
      }
      for (String interval : intervals) {
        long start = windowStart(interval, r.sip());
        Acc a = accs.computeIfAbsent(r.symbol() + "|" + interval + "|" + start, k -> new Acc(r.symbol(), interval, start));
        a.add(r.price(), r.size(), hl, oc, vol);
      }
    }
    Map<String, Expected> out = new TreeMap<>();
    accs.forEach((k, a) -> {
      if (a.hasHl || a.hasOc) {
        out.put(k, a.toExpected());
      }
    });
    return out;
  }

  private static final class Acc {
    final String symbol;
    final String interval;
    final long start;
    boolean hasHl;
    boolean hasOc;
    double high = Double.NEGATIVE_INFINITY;
    double low = Double.POSITIVE_INFINITY;
    double hlFirst = Double.NaN;
    double hlLast = Double.NaN;
    double open = Double.NaN;
    double close = Double.NaN;
    double volume;
    long count;

    Acc(String symbol, String interval, long start) {
      this.symbol = symbol;
      this.interval = interval;
      this.start = start;
    }

    void add(double price, double size, boolean hl, boolean oc, boolean vol) {
      if (hl) {
        hlFirst = hasHl ? hlFirst : price;
        hlLast = price;
        high = Math.max(high, price);
        low = Math.min(low, price);
        hasHl = true;
      }
      if (oc) {
        open = hasOc ? open : price;
        close = price;
        hasOc = true;
      }
      if (vol) {
        volume += size;
      }
      if (hl || oc || vol) {
        count++; // a trade that may update nothing (e.g. condition 15) is not counted
      }
    }

    Expected toExpected() {
      double o = hasOc ? open : hlFirst;
      double c = hasOc ? close : hlLast;
      double h = hasHl ? high : Math.max(o, c);
      double l = hasHl ? low : Math.min(o, c);
      return new Expected(symbol, interval, start, o, h, l, c, volume, count);
    }
  }
}
