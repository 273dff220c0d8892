package io.peripheral.feed.flatfile;

import io.peripheral.feed.polygon.FeedInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each column of a flat file's header sits, located by name (any order, case-insensitive). */
final class Columns {
  private final int count;
  private final Map<String, Integer> at;

  private Columns(int count, Map<String, Integer> at) {
    this.count = count;
    this.at = at;
  }

  static Columns parse(String header) {
    String[] names = header.split(",", -1);
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i].trim();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      at.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
    }
    return new Columns(names.length, at);
  }

  /** Fails with a message naming the file, the missing column and what the file was expected to be. */
  Columns require(String file, String kind, List<String> required) {
    for (String name : required) {
      if (!at.containsKey(name)) {
        throw new FeedInputException("file " + file + " has no '" + name + "' column: not a Polygon " + kind
            + " file?");
      }
    }
    return this;
  }

  boolean has(String name) {
    return at.containsKey(name);
  }

  /** Index of {@code name}, or -1 when the header lacks it. */
  int of(String name) {
    return at.getOrDefault(name, -1);
  }

  int count() {
    return count;
  }
}
