package io.peripheral.feed.flatfile;

import io.peripheral.feed.polygon.FeedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Polygon's flat-file layout: {@code <dataset>/YYYY/MM/YYYY-MM-DD.csv.gz} (e.g.
 * {@code us_stocks_sip/quotes_v1/2024/01/2024-01-02.csv.gz}). {@code root} is either a dataset folder or the
 * {@code us_stocks_sip} folder above the datasets (then {@code kind} picks the dataset). Days without a file
 * (weekends, holidays) are skipped and reported.
 */
public final class FlatFileLayout {
  /** The longest range one command accepts: years of day files are a mistake more often than not. */
  static final int MAX_DAYS = 3_700;

  private FlatFileLayout() {}

  /** The files found and the days that had none, in date order. */
  public record Found(List<Path> files, List<LocalDate> missing) {
    public Found {
      files = List.copyOf(files);
      missing = List.copyOf(missing);
    }
  }

  /**
   * The day files of {@code [from, to]} (both inclusive). Fails when {@code root} is not a folder, the range is
   * backwards or too long, or no day of it has a file.
   */
  public static Found days(Path root, FlatFileKind kind, LocalDate from, LocalDate to) {
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
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      Path f = dayFile(root, kind, d);
      if (f == null) {
        missing.add(d);
      } else {
        files.add(f);
      }
    }
    if (files.isEmpty()) {
      throw new FeedInputException("no flat file for any day of " + from + ".." + to + " under " + root
          + " (expected " + relative(kind, from) + ".csv.gz)");
    }
    return new Found(files, missing);
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
