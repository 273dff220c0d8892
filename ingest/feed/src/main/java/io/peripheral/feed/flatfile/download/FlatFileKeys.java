package io.peripheral.feed.flatfile.download;

import io.peripheral.feed.flatfile.FlatFileKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Object keys in Polygon's {@code flatfiles} bucket: {@code us_stocks_sip/<dataset>/YYYY/MM/YYYY-MM-DD.csv.gz}, the
 * same layout {@link io.peripheral.feed.flatfile.FlatFileLayout} reads locally, so a download directory is a replay
 * root as it is.
 */
public final class FlatFileKeys {
  /** The folder above the datasets, in the bucket and in a download directory. */
  public static final String MARKET = "us_stocks_sip";
  private static final Pattern DAY_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.csv(\\.gz)?$");

  private FlatFileKeys() {}

  /** The key of one day's file, e.g. {@code us_stocks_sip/trades_v1/2024/01/2024-01-02.csv.gz}. */
  public static String key(FlatFileKind kind, LocalDate day) {
    return monthPrefix(kind, YearMonth.from(day)) + day + ".csv.gz";
  }

  /** The listing prefix of one month, e.g. {@code us_stocks_sip/trades_v1/2024/01/}. */
  public static String monthPrefix(FlatFileKind kind, YearMonth month) {
    return String.format("%s/%s/%04d/%02d/", MARKET, kind.dataset(), month.getYear(), month.getMonthValue());
  }

  /** The month prefixes covering {@code [from, to]}: one ListObjectsV2 each (a month holds at most 23 files). */
  public static List<String> monthPrefixes(FlatFileKind kind, LocalDate from, LocalDate to) {
    List<String> out = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      out.add(monthPrefix(kind, m));
    }
    return out;
  }

  /** The day a key's file holds, from its name; empty for anything that is not a day file. */
  public static Optional<LocalDate> dayOf(String key) {
    Matcher m = DAY_FILE.matcher(key);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
