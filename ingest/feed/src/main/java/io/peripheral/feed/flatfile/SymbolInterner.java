package io.peripheral.feed.flatfile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One String per distinct ticker instead of one per row, found without allocating: an open-addressing table keyed
 * by the ticker's bytes. Polygon's day files are sorted by ticker, so the last symbol is checked first; files
 * merged by time (and the benchmark's) interleave tickers, and the table answers those with one hash of a few
 * bytes. A day file has ~10k tickers; the table doubles at half full.
 */
final class SymbolInterner {
  private byte[][] keys = new byte[1024][];
  private String[] values = new String[1024];
  private int size;
  private byte[] lastBytes = new byte[0];
  private String last;

  String intern(byte[] buf, int from, int to) {
    int len = to - from;
    if (last != null && lastBytes.length == len && Arrays.equals(lastBytes, 0, len, buf, from, to)) {
      return last;
    }
    int mask = keys.length - 1;
    int i = hash(buf, from, to) & mask;
    while (keys[i] != null) {
      if (keys[i].length == len && Arrays.equals(keys[i], 0, len, buf, from, to)) {
        lastBytes = keys[i];
        last = values[i];
        return last;
      }
      i = (i + 1) & mask;
    }
    byte[] key = Arrays.copyOfRange(buf, from, to);
    String s = new String(key, StandardCharsets.UTF_8);
    keys[i] = key;
    values[i] = s;
    lastBytes = key;
    last = s;
    if (++size * 2 > keys.length) {
      rehash();
    }
    return s;
  }

  int size() {
    return size;
  }

  private static int hash(byte[] buf, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + buf[k];
    }
    return h ^ (h >>> 16);
  }

  private void rehash() {
    byte[][] oldKeys = keys;
    String[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    values = new String[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = hash(oldKeys[j], 0, oldKeys[j].length) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
