package io.peripheral.schemas.arrow;

/**
 * The symbol dictionary of one batch: each distinct symbol's index, in first-seen order. An open-addressing table
 * whose entries belong to a generation, so starting the next batch costs nothing however many symbols it had;
 * the same String instances recur batch after batch, so the identity check usually decides.
 */
public final class SymbolDictionary {
  private String[] keys = new String[1024];
  private int[] indexes = new int[1024];
  private int[] generations = new int[1024];
  private int generation = 1;
  private String[] symbols = new String[256];
  private int size;

  public void clear() {
    generation++;
    size = 0;
  }

  public int size() {
    return size;
  }

  /** The symbol at dictionary index {@code i}. */
  public String symbol(int i) {
    return symbols[i];
  }

  public int indexOf(String symbol) {
    int mask = keys.length - 1;
    for (int slot = spread(symbol.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      if (generations[slot] != generation) {
        return add(symbol, slot);
      }
      String key = keys[slot];
      if (key == symbol || key.equals(symbol)) {
        return indexes[slot];
      }
    }
  }

  private int add(String symbol, int slot) {
    if (size == symbols.length) {
      symbols = java.util.Arrays.copyOf(symbols, size * 2);
    }
    int index = size++;
    symbols[index] = symbol;
    keys[slot] = symbol;
    indexes[slot] = index;
    generations[slot] = generation;
    if (size * 2 > keys.length) {
      grow();
    }
    return index;
  }

  private void grow() {
    int capacity = keys.length * 2;
    keys = new String[capacity];
    indexes = new int[capacity];
    generations = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < size; i++) {
      int slot = spread(symbols[i].hashCode()) & mask;
      while (generations[slot] == generation) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = symbols[i];
      indexes[slot] = i;
      generations[slot] = generation;
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
