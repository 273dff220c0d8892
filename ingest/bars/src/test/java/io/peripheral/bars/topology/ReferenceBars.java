package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.trade.Trade;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent, deliberately naive computation of the expected final bars, written from the rules
 * (not from the code under test): the condition table is spelled out again here, windows come from java.time.
 */
public final class ReferenceBars {
  private static final Set<Integer> NO_HIGH_LOW = Set.of(2, 7, 12, 13, 15, 16, 20, 21, 37, 52, 53);
  private static final Set<Integer> NO_OPEN_CLOSE = Set.of(2, 5, 7, 10, 12, 13, 15, 16, 20, 21, 22, 32, 33, 37, 52,
      53);
  private static final Set<Integer> NO_VOLUME = Set.of(15, 16, 38);
  private static final Set<Integer> CANCELLED = Set.of(7, 8, 10, 11);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Expected bar values; key = symbol/interval/start. */
  public record Expected(String symbol, Interval interval, long start, double open, double high, double low, double close,
      double volume, double vwap, long count, int revision) {}

  static final class Acc {
    double open = Double.NaN;
    long openTs = Long.MAX_VALUE;
    double close = Double.NaN;
    long closeTs = Long.MIN_VALUE;
    double hlOpen = Double.NaN;
    long hlOpenTs = Long.MAX_VALUE;
    double hlClose = Double.NaN;
    long hlCloseTs = Long.MIN_VALUE;
    double high = Double.NEGATIVE_INFINITY;
    double low = Double.POSITIVE_INFINITY;
    double volume;
    double pv;
    long count;
    int revision;
    boolean priced;
  }

  static long windowStart(Interval interval, long ns) {
    if (interval == Interval.D1) {
      return Instant.ofEpochSecond(ns / 1_000_000_000L).atZone(NEW_YORK).toLocalDate().atStartOfDay(NEW_YORK)
          .toInstant().getEpochSecond() * 1_000_000_000L;
    }
    long len = lengthOf(interval);
    return ns / len * len;
  }

  static long windowEnd(Interval interval, long start) {
    if (interval == Interval.D1) {
      return Instant.ofEpochSecond(start / 1_000_000_000L).atZone(NEW_YORK).toLocalDate().plusDays(1)
          .atStartOfDay(NEW_YORK).toInstant().getEpochSecond() * 1_000_000_000L;
    }
    return start + lengthOf(interval);
  }

  private static long lengthOf(Interval interval) {
    return switch (interval) {
      case S1 -> 1_000_000_000L;
      case M1 -> 60_000_000_000L;
      case M5 -> 300_000_000_000L;
      case M15 -> 900_000_000_000L;
      case H1 -> 3_600_000_000_000L;
      default -> throw new IllegalArgumentException();
    };
  }

  /** Final bars for trades arriving in {@code trades} order, with the given grace (ns), all windows closed at end. */
  public static Map<String, Expected> compute(List<Trade> trades, long graceNs) {
    Map<String, Acc> accs = new HashMap<>();
    long max = Long.MIN_VALUE;
    for (Trade t : trades) {
      max = Math.max(max, t.sipTimestamp());
      if (CANCELLED.contains(t.correction())) {
        continue;
      }
      boolean hl = true;
      boolean oc = true;
      boolean vol = true;
      for (int c : t.conditions()) {
        hl &= !NO_HIGH_LOW.contains(c);
        oc &= !NO_OPEN_CLOSE.contains(c);
        vol &= !NO_VOLUME.contains(c);
      }
      if (!hl && !oc && !vol) {
        continue;
      }
      for (Interval interval : Interval.values()) {
        long start = windowStart(interval, t.sipTimestamp());
        long end = windowEnd(interval, start);
        if (max >= end + graceNs) {
          continue; // late beyond grace
        }
        Acc a = accs.computeIfAbsent(t.symbol() + "/" + interval.code() + "/" + start, k -> new Acc());
        if (hl) {
          a.high = Math.max(a.high, t.price());
          a.low = Math.min(a.low, t.price());
          if (t.sipTimestamp() < a.hlOpenTs) {
            a.hlOpen = t.price();
            a.hlOpenTs = t.sipTimestamp();
          }
          if (t.sipTimestamp() >= a.hlCloseTs) {
            a.hlClose = t.price();
            a.hlCloseTs = t.sipTimestamp();
          }
          a.priced = true;
        }
        if (oc) {
          if (t.sipTimestamp() < a.openTs) {
            a.open = t.price();
            a.openTs = t.sipTimestamp();
          }
          if (t.sipTimestamp() >= a.closeTs) {
            a.close = t.price();
            a.closeTs = t.sipTimestamp();
          }
          a.priced = true;
        }
        if (vol) {
          a.volume += t.size();
          a.pv += t.price() * t.size();
        }
        a.count++;
        if (max >= end) {
          a.revision++;
        }
      }
    }
    Map<String, Expected> out = new HashMap<>();
    accs.forEach((key, a) -> {
      if (!a.priced) {
        return;
      }
      String[] parts = key.split("/");
      // without an open/close-eligible trade, open and close come from the high/low-eligible ones
      double open = Double.isNaN(a.open) ? a.hlOpen : a.open;
      double close = Double.isNaN(a.close) ? a.hlClose : a.close;
      out.put(key, new Expected(parts[0], Interval.parse(parts[1]), Long.parseLong(parts[2]), open, a.high, a.low,
          close, a.volume, a.volume > 0 ? a.pv / a.volume : 0, a.count, a.revision));
    });
    return out;
  }
}
