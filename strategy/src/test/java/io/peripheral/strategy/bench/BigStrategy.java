package io.peripheral.strategy.bench;

/** Generates a ~200-line strategy (indicator helpers with loops and pandas chains) for the compile benchmark. */
final class BigStrategy {
  // 15 helpers and their uses make the strategy about 200 lines, the size the compile target is stated for
  private static final int HELPERS = 15;

  private BigStrategy() {}

  static String source(int variant) {
    StringBuilder sb = new StringBuilder("import numpy as np\nimport pandas as pd\n\n# variant " + variant + "\n");
    for (int k = 0; k < HELPERS; k++) {
      sb.append("\n\ndef ind").append(k).append("(x, n):\n")
          .append("    out = np.full(len(x), np.nan)\n")
          .append("    acc = 0.0\n")
          .append("    for i in range(len(x)):\n")
          .append("        acc = acc * 0.").append(5 + k % 4).append(" + x[i]\n")
          .append("        if i >= n:\n")
          .append("            out[i] = acc / n - x[i - n] * ").append(k + 1).append("\n")
          .append("    return out\n");
    }
    sb.append("\n\ndef generate_signals(df, n=14):\n")
        .append("    close = df['close']\n")
        .append("    c = close.values\n")
        .append("    total = np.zeros(len(c))\n");
    for (int k = 0; k < HELPERS; k++) {
      sb.append("    v").append(k).append(" = ind").append(k).append("(c, n + ").append(k).append(")\n")
          .append("    s").append(k).append(" = close.rolling(").append(5 + k).append(").mean() - close.ewm(span=")
          .append(3 + k).append(").mean()\n")
          .append("    total = total + np.nan_to_num(v").append(k).append(") * 0.001 + s").append(k)
          .append(".fillna(0.0).values * 0.01\n");
    }
    sb.append("    return np.clip(total, -1.0, 1.0)\n");
    return sb.toString();
  }
}
