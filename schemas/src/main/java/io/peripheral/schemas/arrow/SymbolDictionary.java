package io.peripheral.schemas.arrow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;

/**
 * The symbol dictionary of one batch: each distinct symbol's index, in first-seen order, and the dictionary batch
 * message that carries it (one utf8 column). An open-addressing table whose entries belong to a generation, so
 * starting the next batch costs nothing however many symbols it had; the same String instances recur batch after
 * batch, so the identity check usually decides.
 */
public final class SymbolDictionary {
  private final IpcBody body = new IpcBody();
  private byte[][] symbolBytes = new byte[256][];
  private int validAt;
  private int offsetsAt;
  private int dataAt;
  private ByteBuffer metadata;
  private String[] keys = new String[1024];
  private int[] indexes = new int[1024];
  private int[] generations = new int[1024];
  private int generation = 1;
  private String[] symbols = new String[256];
  private int size;

  /** Starts the next batch's dictionary. */
  public void clear() {
    if (++generation == 0) { // after 2^32 batches: no stale entry may look current
      java.util.Arrays.fill(generations, 0);
      generation = 1;
    }
    size = 0;
  }

  /** The dictionary index of {@code symbol}, numbering it if this batch has not seen it yet. */
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

  /** Lays out the dictionary batch of the symbols numbered since {@link #clear}; returns its length in bytes. */
  public int layOut(long dictionaryId) {
    int entries = size;
    if (symbolBytes.length < entries) {
      symbolBytes = new byte[entries][];
    }
    int dataBytes = 0;
    for (int d = 0; d < entries; d++) {
      symbolBytes[d] = symbols[d].getBytes(StandardCharsets.UTF_8);
      dataBytes += symbolBytes[d].length;
    }
    body.clear();
    validAt = body.add(Le.bitmapBytes(entries));
    offsetsAt = body.add(4L * (entries + 1));
    dataAt = body.add(dataBytes);
    metadata = IpcFrames.dictionaryBatchMetadata(dictionaryId, entries, List.of(new ArrowFieldNode(entries, 0)),
        body);
    return IpcFrames.messageLength(metadata, body);
  }

  /** Writes the message {@link #layOut} laid out at {@code pos} and returns the position after it. */
  public int write(byte[] out, int pos) {
    int b = IpcFrames.writeMessageHead(out, pos, metadata);
    Le.setAllValid(out, b + validAt, size);
    for (int e = 0, offset = 0; e < size; e++) {
      Le.putInt(out, b + offsetsAt + 4 * e, offset);
      System.arraycopy(symbolBytes[e], 0, out, b + dataAt + offset, symbolBytes[e].length);
      offset += symbolBytes[e].length;
      Le.putInt(out, b + offsetsAt + 4 * (e + 1), offset);
    }
    return b + body.length();
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
