package io.peripheral.feed.polygon.backfill;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code feed backfill} is asked for: symbols and whole America/New_York days {@code from..to} (both
 * inclusive), so every bar of every interval, the daily one included, is built from a complete day. Which of
 * those days are requested is the {@link BackfillPlan}'s business (closed days are not).
 */
public record BackfillRange(List<String> symbols, LocalDate from, LocalDate to) {
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Pattern TICKER = Pattern.compile("[A-Z0-9.\\-]{1,16}");

  public BackfillRange {
    symbols = List.copyOf(symbols);
    if (symbols.isEmpty()) {
      throw new IllegalArgumentException("no symbols: pass e.g. --symbols AAPL,MSFT");
    }
    for (String s : symbols) {
      if (!TICKER.matcher(s).matches()) {
        throw new IllegalArgumentException("bad ticker '" + s + "'");
      }
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  public static BackfillRange parse(String symbols, String from, String to) {
    List<String> list = new ArrayList<>(new LinkedHashSet<>(
        List.of(symbols.toUpperCase(Locale.ROOT).replace(" ", "").split(","))));
    list.removeIf(String::isEmpty);
    LocalDate f = LocalDate.parse(from);
    return new BackfillRange(list, f, to == null || to.isBlank() ? f : LocalDate.parse(to));
  }

  /** First nanosecond of {@code from} in New York. */
  public long startNanos() {
    return from.atStartOfDay(NEW_YORK).toEpochSecond() * 1_000_000_000L;
  }

  /** First nanosecond after {@code to} in New York (exclusive bound). */
  public long endNanos() {
    return to.plusDays(1).atStartOfDay(NEW_YORK).toEpochSecond() * 1_000_000_000L;
  }
}
