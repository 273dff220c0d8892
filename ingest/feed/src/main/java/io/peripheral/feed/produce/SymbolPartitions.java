package io.peripheral.feed.produce;

import io.peripheral.schemas.topic.SymbolPartitioner;

/**
 * Each symbol's partition ({@link SymbolPartitioner#partition}, a murmur2 of its bytes), computed once per symbol:
 * an open-addressing table asked once per trade. Sources hand out the same String instance for a symbol again and
 * again, so the identity check usually decides without comparing characters.
 */
final class SymbolPartitions {
  private final int partitions;
  private String[] keys = new String[1024];
  private int[] values = new int[1024];
  private int size;

  SymbolPartitions(int partitions) {
    this.partitions = partitions;
  }

  int of(String symbol) {
    int mask = keys.length - 1;
    for (int slot = spread(symbol.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return add(symbol, slot);
      }
      if (key == symbol || key.equals(symbol)) {
        return values[slot];
      }
    }
  }

  private int add(String symbol, int slot) {
    int p = SymbolPartitioner.partition(symbol, partitions);
    keys[slot] = symbol;
    values[slot] = p;
    if (++size * 2 > keys.length) {
      grow();
    }
    return p;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new int[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = spread(oldKeys[i].hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
