package io.peripheral.strategy.runtime;

import io.peripheral.strategy.StrategyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads bars from CSV: a header with time, open, high, low, close, volume and optional extra numeric columns. time is
 * ISO-8601 or epoch seconds, milliseconds or nanoseconds (told apart by magnitude).
 */
public final class BarsCsv {
  private BarsCsv() {}

  /** A malformed bars file. */
  public static final class BadBarsException extends StrategyException {
    public BadBarsException(String message) {
      super(message);
    }
  }

  public static Bars read(Path path) {
    try {
      return parse(Files.readAllLines(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Bars parse(List<String> lines) {
    if (lines.isEmpty()) {
      throw new BadBarsException("empty bars file");
    }
    String[] header = lines.get(0).trim().split(",");
    Map<String, Integer> idx = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      idx.put(header[i].trim(), i);
    }
    for (String need : List.of("time", "open", "high", "low", "close", "volume")) {
      if (!idx.containsKey(need)) {
        throw new BadBarsException("bars header must contain '" + need + "'");
      }
    }
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        rows.add(lines.get(i).split(",", -1));
      }
    }
    int n = rows.size();
    long[] time = new long[n];
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String h : idx.keySet()) {
      if (!h.equals("time")) {
        cols.put(h, new double[n]);
      }
    }
    for (int r = 0; r < n; r++) {
      String[] row = rows.get(r);
      time[r] = parseTime(row[idx.get("time")].trim(), r + 2);
      for (Map.Entry<String, double[]> c : cols.entrySet()) {
        String v = row[idx.get(c.getKey())].trim();
        try {
          c.getValue()[r] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
          throw new BadBarsException("line " + (r + 2) + ": column " + c.getKey() + " is not a number: " + v);
        }
      }
    }
    Map<String, double[]> extra = new LinkedHashMap<>(cols);
    for (String k : List.of("open", "high", "low", "close", "volume")) {
      extra.remove(k);
    }
    return new Bars(time, cols.get("open"), cols.get("high"), cols.get("low"), cols.get("close"), cols.get("volume"),
        extra);
  }

  static long parseTime(String s, int line) {
    if (s.matches("-?\\d+")) {
      long v = Long.parseLong(s);
      long a = Math.abs(v);
      if (a < 100_000_000_000L) {
        return v * 1_000_000_000L;
      }
      if (a < 100_000_000_000_000L) {
        return v * 1_000_000L;
      }
      return v;
    }
    try {
      Instant t = s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$") ? Instant.parse(s.replace(" ", "T"))
          : LocalDateTime.parse(s.replace(" ", "T")).toInstant(ZoneOffset.UTC);
      return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    } catch (RuntimeException e) {
      throw new BadBarsException("line " + line + ": unreadable time '" + s + "'");
    }
  }
}
