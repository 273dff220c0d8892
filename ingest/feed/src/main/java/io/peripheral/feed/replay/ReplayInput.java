package io.peripheral.feed.replay;

import io.peripheral.feed.flatfile.FlatFileKind;
import io.peripheral.feed.flatfile.FlatFileLayout;
import io.peripheral.feed.polygon.FeedInputException;
import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.calendar.TradingDay;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What a replay reads: {@code --files} (a file, a directory or a comma list) or {@code --root} with
 * {@code --from}/{@code --to} over Polygon's {@code YYYY/MM/YYYY-MM-DD.csv.gz} layout; and of which kind, detected
 * from each file's header (or given with {@code --kind}). Every file of one replay must be of one kind.
 */
public record ReplayInput(FlatFileKind kind, List<Path> files, List<LocalDate> missingDays,
    List<TradingDay> closedDays) {
  public ReplayInput {
    files = List.copyOf(files);
    missingDays = List.copyOf(missingDays);
    closedDays = List.copyOf(closedDays);
  }

  /**
   * Resolves the options; throws {@link FeedInputException} (exit 2) for anything the user must fix. A date range
   * skips the days {@code calendar} says are closed.
   */
  public static ReplayInput resolve(String filesSpec, Path root, String from, String to, String kindCode,
      MarketCalendar calendar) {
    FlatFileKind wanted = null;
    if (kindCode != null) {
      wanted = FlatFileKind.fromCode(kindCode).orElseThrow(() -> new FeedInputException("unknown --kind '"
          + kindCode + "'; valid kinds: " + FlatFileKind.codes()));
    }
    boolean range = root != null || from != null || to != null;
    if (range && filesSpec != null) {
      throw new FeedInputException("give either --files or --root with --from/--to, not both");
    }
    List<Path> files;
    List<LocalDate> missing = List.of();
    List<TradingDay> closed = List.of();
    if (range) {
      if (root == null || from == null) {
        throw new FeedInputException("a date range needs --root DIR and --from YYYY-MM-DD (--to defaults to --from)");
      }
      LocalDate first = date("--from", from);
      LocalDate last = to == null ? first : date("--to", to);
      FlatFileLayout.Found found = FlatFileLayout.days(root, wanted, first, last, calendar);
      files = found.files();
      missing = found.missing();
      closed = found.closed();
    } else {
      files = ReplayFiles.expand(filesSpec);
    }
    FlatFileKind kind = null;
    for (Path f : files) {
      FlatFileKind k = FlatFileKind.detect(f);
      if (wanted != null && k != wanted) {
        throw new FeedInputException("file " + f + " holds " + k.code() + ", not " + wanted.code() + " (--kind)");
      }
      if (kind != null && k != kind) {
        throw new FeedInputException("one replay reads one kind of file: " + f + " holds " + k.code() + ", the "
            + "files before it " + kind.code());
      }
      kind = k;
    }
    return new ReplayInput(kind, files, missing, closed);
  }

  private static LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new FeedInputException(option + " '" + value + "' is not a date like 2024-01-02");
    }
  }

  /** What a date range left out, for the summary: {@code "skipped 2024-01-01 (New Year's Day)"}, ... */
  public List<String> dayNotes() {
    List<String> notes = new java.util.ArrayList<>();
    closedDays.forEach(d -> notes.add("skipped " + d.date() + " (" + d.closedReason() + ")"));
    missingDays.forEach(d -> notes.add("skipped " + d + " (a trading day, but no " + kind.code() + " file)"));
    return notes;
  }

  /** The files as a {@code --files} value (comma-separated). */
  public String spec() {
    return String.join(",", files.stream().map(Path::toString).toList());
  }
}
