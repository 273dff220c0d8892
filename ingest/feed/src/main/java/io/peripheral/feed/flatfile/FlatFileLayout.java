package io.peripheral.feed.flatfile;

import io.peripheral.feed.polygon.FeedInputException;
import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.calendar.TradingDay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Polygon's flat-file layout: {@code <dataset>/YYYY/MM/YYYY-MM-DD.csv.gz} (e.g.
 * {@code us_stocks_sip/quotes_v1/2024/01/2024-01-02.csv.gz}). {@code root} is either a dataset folder or the
 * {@code us_stocks_sip} folder above the datasets (then {@code kind} picks the dataset). Days the market calendar
 * says are closed (weekends, holidays) are skipped without looking for a file; trading days without a file are
 * skipped too; both are reported.
 */
public final class FlatFileLayout {
  /** The longest range one command accepts: years of day files are a mistake more often than not. */
  static final int MAX_DAYS = 3_700;

  private FlatFileLayout() {}

  /** The files found, the trading days that had none and the closed days skipped, in date order. */
  public record Found(List<Path> files, List<LocalDate> missing, List<TradingDay> closed) {
    public Found {
      files = List.copyOf(files);
      missing = List.copyOf(missing);
      closed = List.copyOf(closed);
    }
  }

  /**
   * The day files of the trading days of {@code [from, to]} (both inclusive). Fails when {@code root} is not a
   * folder, the range is backwards or too long, or no trading day of it has a file.
   */
  public static Found days(Path root, FlatFileKind kind, LocalDate from, LocalDate to, MarketCalendar calendar) {
    if (!Files.isDirectory(root)) {
      throw new FeedInputException("flat-file root " + root + " is not a directory");
    }
    if (to.isBefore(from)) {
      throw new FeedInputException("--to " + to + " is before --from " + from);
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new FeedInputException("date range " + from + ".." + to + " is longer than " + MAX_DAYS + " days");
    }
    List<Path> files = new ArrayList<>();
    List<LocalDate> missing = new ArrayList<>();
    List<TradingDay> closed = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      TradingDay day = calendar.day(d);
      if (!day.isOpen()) {
        closed.add(day);
        continue;
      }
      Path f = dayFile(root, kind, d);
      if (f == null) {
        missing.add(d);
      } else {
        files.add(f);
      }
    }
    if (files.isEmpty()) {
      throw new FeedInputException("no flat file for any trading day of " + from + ".." + to + " under " + root
          + " (expected " + relative(kind, from) + ".csv.gz" + (closed.isEmpty() ? "" : "; " + closed.size()
          + " closed day(s) skipped") + ")");
    }
    return new Found(files, missing, closed);
  }

  /** The file of one day, {@code .csv.gz} or {@code .csv}, directly under root or under root/<dataset>; or null. */
  public static Path dayFile(Path root, FlatFileKind kind, LocalDate day) {
    String dated = String.format("%04d/%02d/%s", day.getYear(), day.getMonthValue(), day);
    for (Path base : kind == null ? List.of(root) : List.of(root, root.resolve(kind.dataset()))) {
      for (String ext : new String[] {".csv.gz", ".csv"}) {
        Path f = base.resolve(dated + ext);
        if (Files.isRegularFile(f)) {
          return f;
        }
      }
    }
    return null;
  }

  private static String relative(FlatFileKind kind, LocalDate day) {
    String dated = String.format("%04d/%02d/%s", day.getYear(), day.getMonthValue(), day);
    return kind == null ? dated : "[" + kind.dataset() + "/]" + dated;
  }
}
