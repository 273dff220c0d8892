package io.peripheral.feed.polygon.reference;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What {@code feed reference --only} can load. */
public enum ReferenceKind {
  TICKERS, SPLITS, DIVIDENDS, CALENDAR;

  /** {@code "tickers,splits"} (case-insensitive); null or blank means all. */
  public static Set<ReferenceKind> parse(String list) {
    if (list == null || list.isBlank()) {
      return EnumSet.allOf(ReferenceKind.class);
    }
    Set<ReferenceKind> kinds = EnumSet.noneOf(ReferenceKind.class);
    for (String s : list.split(",")) {
      String k = s.trim().toUpperCase(Locale.ROOT);
      try {
        kinds.add(valueOf(k));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown reference kind '" + s.trim()
            + "' (expected tickers, splits, dividends or calendar)");
      }
    }
    return kinds;
  }
}
