package io.peripheral.feed.flatfile;

import io.peripheral.feed.polygon.FeedInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Polygon flat-file datasets the replay reads, each with the folder name of its {@code us_stocks_sip} dataset.
 * {@link #detect} tells them apart by header; minute and day aggregates share one header, so the path
 * ({@code minute_aggs_v1} / {@code day_aggs_v1}) decides, else the first row (day windows start at midnight New York).
 */
public enum FlatFileKind {
  TRADES("trades", "trades_v1"),
  QUOTES("quotes", "quotes_v1"),
  MINUTE_AGGS("minute_aggs", "minute_aggs_v1"),
  DAY_AGGS("day_aggs", "day_aggs_v1");

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private final String code;
  private final String dataset;

  FlatFileKind(String code, String dataset) {
    this.code = code;
    this.dataset = dataset;
  }

  /** The command-line word: trades, quotes, minute_aggs, day_aggs. */
  public String code() {
    return code;
  }

  /** The dataset folder under {@code us_stocks_sip/}. */
  public String dataset() {
    return dataset;
  }

  public boolean isAggregates() {
    return this == MINUTE_AGGS || this == DAY_AGGS;
  }

  public static Optional<FlatFileKind> fromCode(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.code.equals(c)).findFirst();
  }

  public static String codes() {
    return String.join("|", Arrays.stream(values()).map(FlatFileKind::code).toList());
  }

  /** Reads the header (and, for aggregates outside a named folder, the first row) of {@code file}. */
  public static FlatFileKind detect(Path file) {
    try (CsvCursor cursor = CsvCursor.open(file)) {
      Columns columns = Columns.parse(cursor.header());
      if (columns.has("bid_price") && columns.has("ask_price")) {
        return QUOTES;
      }
      if (columns.has("price") && columns.has("size") && columns.has("sip_timestamp")) {
        return TRADES;
      }
      if (columns.has("window_start") && columns.has("open") && columns.has("close")) {
        String path = file.toString().toLowerCase(Locale.ROOT);
        if (path.contains("day_aggs")) {
          return DAY_AGGS;
        }
        if (path.contains("minute_aggs")) {
          return MINUTE_AGGS;
        }
        return firstWindowIsNewYorkMidnight(cursor, columns) ? DAY_AGGS : MINUTE_AGGS;
      }
      throw new FeedInputException("file " + file + " is not a Polygon trades, quotes or aggregates file (header: "
          + abbreviate(cursor.header()) + ")");
    }
  }

  private static boolean firstWindowIsNewYorkMidnight(CsvCursor cursor, Columns columns) {
    while (cursor.next()) {
      try {
        cursor.split(columns.count());
        long ns = cursor.timestamp("window_start", columns.of("window_start"), true);
        return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L)).atZone(NEW_YORK).toLocalTime().toSecondOfDay()
            == 0;
      } catch (BadRowException e) {
        // a malformed first row says nothing: look at the next one
      }
    }
    return false;
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
