package io.peripheral.bars.topology;

/**
 * Decimal digits of non-negative longs written straight into a byte array, pairs from a table, four digits per
 * step, in int arithmetic on chunks of nine: the bar JSON writer's integers (timestamps, counts, prices' whole
 * parts) and a price's four fraction digits. The writer's earlier digit loops (a digit at a time in long arithmetic, counted in a separate pass)
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
    if (v < 10) {
      return 1;
    }
    // floor(log10(2^bits)) is bits * 1233 >> 12 for bits ≤ 64; v has that many digits or one more
    int n = (64 - Long.numberOfLeadingZeros(v)) * 1233 >>> 12;
    return v >= POWERS[n] ? n + 1 : n;
  }

  /**
   * Writes the four digits of {@code fraction} (0 < fraction < 10,000, as after a decimal point: 500 is ".05")
   * without their trailing zeros at {@code pos}; returns the position after them. Writes four bytes whatever
   * their number.
   */
  static int writeFraction4(int fraction, byte[] buf, int pos) {
    int hi = fraction / 100;
    int lo = fraction - hi * 100;
    buf[pos] = PAIRS[2 * hi];
    buf[pos + 1] = PAIRS[2 * hi + 1];
    buf[pos + 2] = PAIRS[2 * lo];
    buf[pos + 3] = PAIRS[2 * lo + 1];
    if (lo != 0) {
      return pos + (lo % 10 != 0 ? 4 : 3);
    }
    return pos + (hi % 10 != 0 ? 2 : 1);
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
    // four digits per step: the two pairs of a step do not wait for each other, only for the step's division
    while (pos - start >= 4) {
      int q = v / 10_000;
      int group = v - q * 10_000;
      int hi = group / 100;
      int lo = group - hi * 100;
      buf[pos - 1] = PAIRS[2 * lo + 1];
      buf[pos - 2] = PAIRS[2 * lo];
      buf[pos - 3] = PAIRS[2 * hi + 1];
      buf[pos - 4] = PAIRS[2 * hi];
      pos -= 4;
      v = q;
    }
    if (pos - start >= 2) {
      int q = v / 100;
      int r = v - q * 100;
      buf[pos - 1] = PAIRS[2 * r + 1];
      buf[pos - 2] = PAIRS[2 * r];
      pos -= 2;
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
