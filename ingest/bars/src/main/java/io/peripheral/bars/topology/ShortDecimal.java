package io.peripheral.bars.topology;

/**
 * Writes the numbers bars are made of — prices in cents or hundredths of a cent, share volumes — as text in a
 * few nanoseconds: doubles that are the nearest double to a decimal with at most {@link #MAX_FRACTION_DIGITS}
 * fraction digits, in the range where Java writes plain notation ([1e-3, 1e7)). Such a decimal, with the fewest
 * fraction digits, is the shortest text that reads back as the same double, so the bytes equal those of the
 * shortest-decimal writer ({@code NumberOutput.toString(d, true)}, Java 19+'s {@code Double.toString}). Anything
 * else is declined (-1) and the caller writes it the general way. {@code ShortDecimalTest} compares both on
 * millions of values.
 */
final class ShortDecimal {
  static final int MAX_FRACTION_DIGITS = 4;
  /** Longest text written: sign, 7 integer digits, point, 4 fraction digits. */
  static final int MAX_LENGTH = 13;
  private static final double SCALE = 10_000; // 10^MAX_FRACTION_DIGITS

  private ShortDecimal() {}

  /** Writes {@code x} at {@code pos} and returns the position after it, or -1 (nothing written) if declined. */
  static int write(double x, byte[] buf, int pos) {
    double a = Math.abs(x);
    if (!(a >= 1e-3 && a < 1e7)) {
      return -1;
    }
    // a is the nearest double to a decimal with k <= 4 fraction digits exactly when a * 10^4 rounds to an integer
    // m whose quotient by 10^4 gives a back; m then holds that decimal with 4 - k trailing zeros (both shown in
    // ShortDecimalTest against the shortest-decimal writer)
    long m = Math.round(a * SCALE);
    if (m / SCALE != a) {
      return -1;
    }
    if (x < 0) {
      buf[pos++] = '-';
    }
    long whole = m / 10_000; // SCALE
    int fraction = (int) (m - whole * 10_000);
    pos = Digits.write(whole, buf, pos);
    buf[pos] = '.';
    if (fraction == 0) {
      buf[pos + 1] = '0';
      return pos + 2;
    }
    return Digits.writeFraction4(fraction, buf, pos + 1);
  }

  /** The text {@link #write} would write, or null when declined. */
  static String text(double x) {
    byte[] buf = new byte[MAX_LENGTH];
    int end = write(x, buf, 0);
    return end < 0 ? null : new String(buf, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
  }
}
