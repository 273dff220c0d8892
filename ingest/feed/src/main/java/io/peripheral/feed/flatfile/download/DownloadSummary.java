package io.peripheral.feed.flatfile.download;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a download did.
 *
 * @param days days in the range
 * @param noFile days without an object (weekends, holidays, not yet published)
 * @param resumed downloads that continued a part left by an earlier attempt or run (counted in {@code downloaded})
 * @param missing objects listed but gone when fetched (skipped)
 * @param bytes bytes received by this run (not counting skipped files or resumed parts' earlier bytes)
 */
public record DownloadSummary(int days, List<LocalDate> noFile, int downloaded, int resumed, int skipped,
    List<String> missing, long bytes, double seconds) {
  public DownloadSummary {
    noFile = List.copyOf(noFile);
    missing = List.copyOf(missing);
  }

  public int daysWithFiles() {
    return days - noFile.size();
  }

  public double megabytesPerSecond() {
    return seconds > 0 ? bytes / 1e6 / seconds : 0;
  }

  public String render() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%d of %d days have files", daysWithFiles(), days));
    if (!noFile.isEmpty()) {
      s.append(" (none for ").append(abbreviate(noFile)).append(": weekends, holidays or not yet published)");
    }
    s.append('\n');
    s.append(String.format(Locale.ROOT, "%d downloaded%s, %d skipped (already complete), %d missing; "
        + "%,.1f MB in %.1f s (%.1f MB/s)%n", downloaded, resumed > 0 ? " (" + resumed + " resumed)" : "", skipped,
        missing.size(), bytes / 1e6, seconds, megabytesPerSecond()));
    for (String key : missing) {
      s.append("missing (listed, then gone): ").append(key).append('\n');
    }
    return s.toString();
  }

  private static String abbreviate(List<LocalDate> days) {
    List<String> shown = days.stream().limit(10).map(LocalDate::toString).toList();
    return String.join(", ", shown) + (days.size() > 10 ? " and " + (days.size() - 10) + " more" : "");
  }
}
