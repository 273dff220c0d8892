package io.peripheral.feed.synthetic;

import java.util.HashSet;
import java.util.Set;

/**
 * Deterministic, distinct tickers. The most active ranks get familiar tickers, so the URLs a user tries first
 * ({@code /api/bars/AAPL}) answer on the synthetic feed; the rest are 4-letter names: index i maps bijectively
 * onto a scrambled base-26 number, skipping the familiar ones.
 */
final class SymbolNames {
  static final String[] FAMILIAR = {"AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "SPY", "QQQ", "AMD",
      "NFLX", "JPM", "AVGO", "BRK.B", "V", "UNH", "XOM", "JNJ", "WMT", "MA", "PG", "HD", "COST", "BAC", "KO", "PEP",
      "INTC", "CSCO", "ORCL", "DIS"};
  private static final int SPACE = 26 * 26 * 26 * 26;
  private static final int STEP = 7919; // prime, coprime with 26^4: i -> i*STEP mod 26^4 is a bijection

  private SymbolNames() {}

  static String[] generate(int n) {
    if (n > SPACE) {
      throw new IllegalArgumentException("at most " + SPACE + " synthetic symbols");
    }
    String[] names = new String[n];
    Set<String> familiar = new HashSet<>();
    int i = 0;
    for (; i < Math.min(n, FAMILIAR.length); i++) {
      names[i] = FAMILIAR[i];
      familiar.add(FAMILIAR[i]);
    }
    for (int k = 0; i < n; k++) {
      String name = scrambled(k);
      if (!familiar.contains(name)) {
        names[i++] = name;
      }
    }
    return names;
  }

  private static String scrambled(int k) {
    int v = (int) (((long) k * STEP + 1234) % SPACE);
    char[] c = new char[4];
    for (int j = 3; j >= 0; j--) {
      c[j] = (char) ('A' + v % 26);
      v /= 26;
    }
    return new String(c);
  }
}
