package io.peripheral.feed.flatfile;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One String per distinct ticker instead of one per row. Polygon's files are sorted by ticker, so the last symbol
 * is checked first; a map catches the rest (a day file has ~10k symbols).
 */
final class SymbolInterner {
  private final Map<String, String> seen = new HashMap<>();
  private byte[] lastBytes = new byte[0];
  private String last;

  String intern(byte[] buf, int from, int to) {
    int len = to - from;
    if (last != null && lastBytes.length == len && java.util.Arrays.equals(lastBytes, 0, len, buf, from, to)) {
      return last;
    }
    String s = new String(buf, from, len, StandardCharsets.UTF_8);
    String interned = seen.putIfAbsent(s, s);
    last = interned == null ? s : interned;
    lastBytes = java.util.Arrays.copyOfRange(buf, from, to);
    return last;
  }
}
