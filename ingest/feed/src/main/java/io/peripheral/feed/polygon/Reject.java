package io.peripheral.feed.polygon;

import java.util.Objects;

/** A malformed input row: where it was ({@code file}, 1-based {@code line}), why it was rejected, and its text. */
public record Reject(String file, long line, String reason, String row) {
  public Reject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    row = row == null ? "" : row;
  }

  /** The rejects-log line: {@code file:line: reason | row}. */
  public String logLine() {
    return file + ":" + line + ": " + reason + " | " + row;
  }
}
