package io.peripheral.feed.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Polls {@code replay_progress} until every bar topic partition of a replay is complete, or the deadline passes. */
public final class ProgressWait {
  private static final long POLL_MILLIS = 500;
  private static final long REPORT_NANOS = 10_000_000_000L;
  private final ReplayRepository repository;
  private final PrintStream out;

  public ProgressWait(ReplayRepository repository, PrintStream out) {
    this.repository = repository;
    this.out = out;
  }

  private static String describe(int done, int expected) {
    if (done == ReplayRepository.NO_TABLE) {
      return "table replay_progress does not exist yet (bars service not migrated?)";
    }
    if (done == ReplayRepository.UNREACHABLE) {
      return "database unreachable; waiting for it to return";
    }
    return done + "/" + expected + " bar topic partitions complete";
  }

  public boolean await(String id, int expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    out.printf("  waiting for the bars service: %d bar topic partitions to complete (timeout %s)%n", expected,
        timeout);
    int last = Integer.MIN_VALUE;
    long nextReport = System.nanoTime() + REPORT_NANOS;
    while (true) {
      int done = repository.completedPartitions(id);
      if (done >= expected) {
        out.printf("  bars final: %d/%d bar topic partitions complete%n", done, expected);
        return true;
      }
      long now = System.nanoTime();
      if (done != last || now > nextReport) {
        out.printf("  %s%n", describe(done, expected));
        last = done;
        nextReport = now + REPORT_NANOS;
      }
      if (now > deadline) {
        out.printf("  gave up after %s: %d/%d bar topic partitions complete%n", timeout, Math.max(done, 0), expected);
        return false;
      }
      try {
        TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
