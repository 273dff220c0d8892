package io.peripheral.bars.topology;

/**
 * Decimal digits of non-negative longs written into byte arrays two at a time from a table: bar JSON writes
 * seven numbers per bar, and a digit-at-a-time loop (two long divisions per digit) was most of its cost.
 */
final class Digits {
  private static final byte[] PAIRS = new byte[200];
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  private Digits() {}

  /** Number of decimal digits of {@code v} (at least 1); {@code v} ≥ 0. */
  static int count(long v) {
    // log10 from the bit length (1233/4096 ≈ log10 2), corrected by one comparison
    // (v | 1 counts 0 as one digit and changes no other count: every power of ten above 1 is even)
    long w = v | 1;
    int guess = ((64 - Long.numberOfLeadingZeros(w)) * 1233) >>> 12;
    return guess + 1 - (w < POW10[guess] ? 1 : 0);
  }

  /**
   * Writes the last {@code digits} digits of {@code v} (≥ 0) so that they end just before {@code end}. Long
   * division is slow, so a long is split into 8-digit int parts first and those are written with int arithmetic,
   * which the JIT turns into multiplications.
   */
  static void writeBackwards(long v, int digits, byte[] buf, int end) {
    int i = end;
    int left = digits;
    while (left > 8) {
      long q = v / 100_000_000L;
      writeInt((int) (v - q * 100_000_000L), 8, buf, i);
      v = q;
      i -= 8;
      left -= 8;
    }
    writeInt((int) v, left, buf, i);
  }

  private static void writeInt(int v, int digits, byte[] buf, int end) {
    int i = end;
    int left = digits;
    while (left >= 2) {
      int q = v / 100;
      int pair = (v - q * 100) << 1;
      buf[--i] = PAIRS[pair + 1];
      buf[--i] = PAIRS[pair];
      v = q;
      left -= 2;
    }
    if (left == 1) {
      buf[--i] = (byte) ('0' + v % 10);
    }
  }

  /** Writes {@code v} (≥ 0) at {@code pos}; returns the position after it. */
  static int write(long v, byte[] buf, int pos) {
    int n = count(v);
    writeBackwards(v, n, buf, pos + n);
    return pos + n;
  }
}
