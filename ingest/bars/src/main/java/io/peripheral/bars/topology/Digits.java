package io.peripheral.bars.topology;

/**
 * Decimal digits of non-negative longs written straight into a byte array, two at a time from a table, in int
 * arithmetic on chunks of nine: the bar JSON writer's integers (timestamps of 19 digits, counts, prices' unscaled
 * values). The writer's earlier digit loops (a digit at a time in long arithmetic, counted in a separate pass)
 * held about a quarter of its profile samples.
 */
final class Digits {
  private static final byte[] PAIRS = new byte[200];
  private static final long[] POWERS = new long[19];
  private static final long BILLION = 1_000_000_000L;

  static {
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
    long p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private Digits() {}

  /** Number of decimal digits of {@code v ≥ 0}. */
  static int count(long v) {
    int n = 1;
    while (n < POWERS.length && v >= POWERS[n]) {
      n++;
    }
    return n;
  }

  /** Writes the {@code digits} last decimal digits of {@code v ≥ 0} ending just before {@code end}. */
  static void writeBackwards(long v, byte[] buf, int end, int digits) {
    int pos = end;
    // nine digits at a time in int arithmetic: long arithmetic only to split off each chunk
    while (end - pos + 9 < digits) {
      long q = v / BILLION;
      writeInt((int) (v - q * BILLION), buf, pos, 9);
      pos -= 9;
      v = q;
    }
    writeInt((int) v, buf, pos, digits - (end - pos));
  }

  /** Writes the {@code digits} (at most 9) last decimal digits of {@code v ≥ 0} ending just before {@code end}. */
  private static void writeInt(int v, byte[] buf, int end, int digits) {
    int pos = end;
    int start = end - digits;
    while (pos - start >= 2) {
      int q = v / 100;
      int r = v - q * 100;
      buf[--pos] = PAIRS[2 * r + 1];
      buf[--pos] = PAIRS[2 * r];
      v = q;
    }
    if (pos > start) {
      buf[pos - 1] = (byte) ('0' + v % 10);
    }
  }

  /** Writes {@code v ≥ 0} at {@code pos}; returns the position after it. */
  static int write(long v, byte[] buf, int pos) {
    int n = count(v);
    writeBackwards(v, buf, pos + n, n);
    return pos + n;
  }
}
