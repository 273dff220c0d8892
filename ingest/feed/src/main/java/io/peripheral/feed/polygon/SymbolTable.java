package io.peripheral.feed.polygon;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns ticker bytes as Strings so a reader allocates one String per distinct symbol, not one per row
 * (open addressing, linear probing; a day file has ~10k symbols).
 */
final class SymbolTable {
  private byte[][] keys = new byte[1024][];
  private String[] values = new String[1024];
  private int size;

  String intern(byte[] buf, int from, int to) {
    int h = hash(buf, from, to);
    int mask = keys.length - 1;
    int len = to - from;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      byte[] k = keys[i];
      if (k == null) {
        byte[] key = Arrays.copyOfRange(buf, from, to);
        String value = new String(key, StandardCharsets.UTF_8);
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
          grow();
        }
        return value;
      }
      if (k.length == len && Arrays.equals(k, 0, len, buf, from, to)) {
        return values[i];
      }
    }
  }

  private static int hash(byte[] buf, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }

  private void grow() {
    byte[][] oldKeys = keys;
    String[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    values = new String[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      byte[] k = oldKeys[j];
      if (k != null) {
        int i = hash(k, 0, k.length) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = oldValues[j];
      }
    }
  }
}
