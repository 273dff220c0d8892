package io.peripheral.feed.flatfile.download;

import io.peripheral.feed.flatfile.FlatFileKind;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Downloads the day files of a range from a {@link FlatFileBucket} into {@code dest}, laid out exactly as the bucket
 * ({@code dest/us_stocks_sip/trades_v1/2024/01/2024-01-02.csv.gz}). The range's keys come from one listing per
 * month, so days without a file are simply absent. A file already complete is skipped; an interrupted one (a
 * network failure now, or a part left by an earlier run) continues with a Range request from the part's length.
 * Failed transfers are retried with exponential backoff up to {@code maxAttempts} per file, each attempt keeping
 * what the previous ones received; then the download fails naming the file and how far it got.
 */
public final class FlatFileDownloader {
  private final FlatFileBucket bucket;
  private final Path dest;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final PrintStream out;
  private Consumer<Duration> sleeper = d -> LockSupport.parkNanos(d.toNanos());

  public FlatFileDownloader(FlatFileBucket bucket, Path dest, int maxAttempts, Duration initialBackoff,
      PrintStream out) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt per file, was " + maxAttempts);
    }
    this.bucket = bucket;
    this.dest = dest;
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.out = out;
  }

  /** Replaces the backoff's sleep (tests count the waits instead of waiting). */
  FlatFileDownloader sleeper(Consumer<Duration> sleeper) {
    this.sleeper = sleeper;
    return this;
  }

  public DownloadSummary download(FlatFileKind kind, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    long started = System.nanoTime();
    TreeMap<LocalDate, RemoteFile> byDay = new TreeMap<>();
    for (String prefix : FlatFileKeys.monthPrefixes(kind, from, to)) {
      for (RemoteFile f : bucket.list(prefix)) {
        FlatFileKeys.dayOf(f.key()).filter(d -> !d.isBefore(from) && !d.isAfter(to))
            .filter(d -> f.key().equals(FlatFileKeys.key(kind, d)))
            .ifPresent(d -> byDay.put(d, f));
      }
    }
    List<LocalDate> noFile = new ArrayList<>();
    int days = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days++;
      if (!byDay.containsKey(d)) {
        noFile.add(d);
      }
    }
    out.printf(Locale.ROOT, "%s %s..%s: %d files to check in %s%n", kind.code(), from, to, byDay.size(), dest);
    Tally tally = new Tally();
    ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    for (RemoteFile f : byDay.values()) {
      fetch(f, buffer, tally);
    }
    return new DownloadSummary(days, noFile, tally.downloaded, tally.resumed, tally.skipped, tally.missing,
        tally.bytes, (System.nanoTime() - started) / 1e9);
  }

  private static final class Tally {
    int downloaded;
    int resumed;
    int skipped;
    long bytes;
    final List<String> missing = new ArrayList<>();
  }

  private void fetch(RemoteFile remote, ByteBuffer buffer, Tally tally) {
    LocalCopy local = new LocalCopy(dest, remote);
    try {
      if (local.isComplete()) {
        tally.skipped++;
        out.printf(Locale.ROOT, "  skip %s (complete, %,d bytes)%n", remote.key(), remote.size());
        return;
      }
      long have = local.resumable();
      boolean resumed = have > 0;
      Duration backoff = initialBackoff;
      for (int attempt = 1; ; attempt++) {
        String problem;
        Throwable cause;
        try (FlatFileBucket.Body body = bucket.open(remote.key(), have)) {
          if (body.startsAt() != have) {
            local.restart(); // the server ignored the Range: take the object from its first byte
            have = 0;
          }
          long before = have;
          try {
            have = local.append(body.stream(), buffer);
            problem = have == remote.size() ? null
                : "the connection ended at byte " + have + " of " + remote.size();
            cause = null;
          } catch (IOException | UncheckedIOException e) {
            have = local.partLength();
            problem = e.toString();
            cause = e;
          }
          tally.bytes += have - before;
          if (have > remote.size()) { // the object changed since the listing: start over
            problem = "received " + have + " bytes, more than the listed " + remote.size();
            local.restart();
            have = 0;
          }
        } catch (TransferInterruptedException e) {
          problem = e.getMessage();
          cause = e;
        }
        if (problem == null) {
          local.commit();
          tally.downloaded++;
          tally.resumed += resumed ? 1 : 0;
          out.printf(Locale.ROOT, "  got  %s (%,d bytes%s)%n", remote.key(), remote.size(),
              resumed ? ", resumed" : "");
          return;
        }
        if (attempt >= maxAttempts) {
          throw new FlatFileDownloadException(remote.key() + ": gave up after " + attempt + " attempts at byte "
              + have + " of " + remote.size() + " (kept in " + local.target().getFileName()
              + ".part; run again to resume): " + problem, cause);
        }
        out.printf(Locale.ROOT, "  %s: %s; retry %d/%d in %d ms from byte %,d%n", remote.key(), problem, attempt,
            maxAttempts - 1, backoff.toMillis(), have);
        sleeper.accept(backoff);
        backoff = backoff.multipliedBy(2);
        resumed |= have > 0;
      }
    } catch (MissingFileException e) {
      tally.missing.add(remote.key());
      out.printf(Locale.ROOT, "  missing %s (listed, but gone when fetched)%n", remote.key());
    } catch (IOException e) {
      throw new FlatFileDownloadException("cannot write " + local.target() + ": " + e.getMessage(), e);
    }
  }
}
