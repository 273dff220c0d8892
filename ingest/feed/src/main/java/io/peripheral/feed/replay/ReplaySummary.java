package io.peripheral.feed.replay;

import java.nio.file.Path;

/**
 * What a replay did; {@code tradesProduced} counts the {@code unit} produced (trades, quotes or aggregates).
 * {@code finalSeconds} is from start until every bar was final in the database ({@code -1}
 * with --no-wait or on timeout).
 */
public record ReplaySummary(
    String id, String status, int files, long rowsRead, long rowsRejected, long tradesProduced,
    double produceSeconds, double finalSeconds, Path rejectsLog, String unit) {

  /** A trades replay's summary. */
  public ReplaySummary(String id, String status, int files, long rowsRead, long rowsRejected, long tradesProduced,
      double produceSeconds, double finalSeconds, Path rejectsLog) {
    this(id, status, files, rowsRead, rowsRejected, tradesProduced, produceSeconds, finalSeconds, rejectsLog,
        "trades");
  }

  public boolean succeeded() {
    return status.equals(Replay.COMPLETED) || status.equals(Replay.PRODUCED);
  }

  public String render() {
    StringBuilder s = new StringBuilder();
    s.append("replay ").append(id).append(": ").append(status).append('\n');
    s.append(String.format("  files            %d%n", files));
    s.append(String.format("  rows read        %,d%n", rowsRead));
    s.append(String.format("  rows rejected    %,d%s%n", rowsRejected,
        rowsRejected > 0 ? "  (see " + rejectsLog + ")" : ""));
    s.append(String.format("  %-16s %,d in %.2f s: %,.0f %s/s%n", unit + " produced", tradesProduced,
        produceSeconds, rate(tradesProduced, produceSeconds), unit.equals("trades") ? "ticks" : "rows"));
    if (finalSeconds >= 0) {
      s.append(String.format("  bars final after %.2f s (from start): %,.0f ticks/s end to end%n", finalSeconds,
          rate(tradesProduced, finalSeconds)));
    }
    return s.toString();
  }

  private static double rate(long n, double seconds) {
    return seconds > 0 ? n / seconds : 0;
  }
}
