package io.peripheral.feed.order;

import io.peripheral.feed.FeedException;
import io.peripheral.schemas.trade.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts a source by SIP timestamp with bounded memory: runs of at most {@code runRows} trades are sorted in
 * memory (stably) and spilled to temp files, then merged with {@link SipOrderMerge}. Input that fits in one
 * run is never spilled. Temp files are removed when the result is closed.
 */
public final class ExternalSort {
  private static final Comparator<Trade> BY_SIP = Comparator.comparingLong(Trade::sipTimestamp);

  private ExternalSort() {}

  /** Reads {@code input} to its end (closing it) and returns its trades in SIP order. */
  public static TradeSource sort(TradeSource input, int runRows, Path tempDir) {
    if (runRows < 1) {
      throw new IllegalArgumentException("runRows must be positive, was " + runRows);
    }
    List<Path> runs = new ArrayList<>();
    Trade[] buffer = new Trade[Math.min(runRows, 1 << 16)];
    int count = 0;
    try (input) {
      for (Trade t = input.next(); t != null; t = input.next()) {
        if (count == buffer.length) {
          if (count == runRows) {
            runs.add(spill(buffer, count, tempDir));
            Arrays.fill(buffer, null);
            count = 0;
          } else {
            buffer = Arrays.copyOf(buffer, Math.min(runRows, buffer.length * 2));
          }
        }
        buffer[count++] = t;
      }
      if (runs.isEmpty()) {
        Arrays.sort(buffer, 0, count, BY_SIP);
        return new ArraySource(buffer, count);
      }
      if (count > 0) {
        runs.add(spill(buffer, count, tempDir));
      }
    } catch (RuntimeException e) {
      deleteAll(runs);
      throw e;
    }
    List<TradeSource> sources = new ArrayList<>(runs.size());
    for (Path run : runs) {
      sources.add(SpillFile.read(run));
    }
    return new SipOrderMerge(sources);
  }

  private static Path spill(Trade[] buffer, int count, Path tempDir) {
    Arrays.sort(buffer, 0, count, BY_SIP);
    try {
      Files.createDirectories(tempDir);
      Path run = Files.createTempFile(tempDir, "feed-sort-", ".run");
      run.toFile().deleteOnExit();
      SpillFile.write(run, buffer, count);
      return run;
    } catch (IOException e) {
      throw new FeedException("could not create a sort run in " + tempDir + ": " + e.getMessage(), e);
    }
  }

  private static void deleteAll(List<Path> runs) {
    for (Path run : runs) {
      try {
        Files.deleteIfExists(run);
      } catch (IOException ignored) {
        // deleteOnExit catches it
      }
    }
  }
}
