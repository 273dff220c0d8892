package io.peripheral.feed.synthetic;

/** Deterministic, distinct 4-letter tickers: index i maps bijectively onto a scrambled base-26 number. */
final class SymbolNames {
  private static final int SPACE = 26 * 26 * 26 * 26;
  private static final int STEP = 7919; // prime, coprime with 26^4: i -> i*STEP mod 26^4 is a bijection

  private SymbolNames() {}

  static String[] generate(int n) {
    if (n > SPACE) {
      throw new IllegalArgumentException("at most " + SPACE + " synthetic symbols");
    }
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      int v = (int) (((long) i * STEP + 1234) % SPACE);
      char[] c = new char[4];
      for (int k = 3; k >= 0; k--) {
        c[k] = (char) ('A' + v % 26);
        v /= 26;
      }
      names[i] = new String(c);
    }
    return names;
  }
}
