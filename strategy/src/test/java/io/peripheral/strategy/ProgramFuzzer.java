package io.peripheral.strategy;

import java.util.Random;

/**
 * Builds random well-typed strategies (not random tokens): Series and array expressions over NaN-bearing columns,
 * rolling/ewm/shift chains, element-wise numpy functions, loops with recurrences, integer scalar arithmetic, and
 * helpers returning None on some paths (optionals narrowed by tests).
 */
final class ProgramFuzzer {
  private final Random rnd;

  ProgramFuzzer(long seed) {
    this.rnd = new Random(seed);
  }

  private String pick(String... xs) {
    return xs[rnd.nextInt(xs.length)];
  }

  private int window() {
    return 2 + rnd.nextInt(9);
  }

  /** A Series-valued expression. */
  String series(int depth) {
    if (depth <= 0) {
      return pick("s", "t", "u", "(s - t)", "(u * 0.5)");
    }
    String a = series(depth - 1);
    return switch (rnd.nextInt(16)) {
      case 0 -> "(" + a + " " + pick("+", "-", "*") + " " + series(depth - 1) + ")";
      case 1 -> "(" + a + " / (" + series(depth - 1) + ").abs().clip(lower=0.5))";
      case 2 -> a + ".rolling(" + window() + ")." + pick("mean", "sum", "std", "min", "max", "var", "median") + "()";
      case 3 -> a + ".rolling(" + window() + ", min_periods=" + (1 + rnd.nextInt(2)) + ")." + pick("mean", "max",
          "std") + "()";
      case 4 -> a + ".ewm(" + pick("span=", "com=", "alpha=0.", "halflife=") + (2 + rnd.nextInt(8))
          + pick("", ", adjust=False") + ")." + pick("mean", "mean", "std") + "()";
      case 5 -> a + ".shift(" + (1 + rnd.nextInt(3)) + ")";
      case 6 -> a + ".diff(" + (1 + rnd.nextInt(2)) + ")";
      case 7 -> a + ".fillna(" + pick("0.0", "1.5", "method='ffill'") + ")";
      case 8 -> a + ".cumsum()";
      case 9 -> a + ".clip(" + pick("-1.0, 1.0", "lower=0.0", "upper=2.0") + ")";
      case 10 -> "pd.Series(np." + pick("abs", "sqrt", "floor", "sign", "log1p") + "(" + a + ".abs().values))";
      case 11 -> "pd.Series(np.where(" + a + " > " + series(depth - 1) + ", " + a + ", " + pick("np.nan", "0.0", "t")
          + "))";
      case 12 -> a + ".where(" + a + " > 0, " + pick("0.0", "-1.0") + ")";
      case 13 -> "pd.Series(np.maximum(" + a + ".values, " + series(depth - 1) + ".values))";
      case 14 -> a + ".pct_change(" + (1 + rnd.nextInt(2)) + ")";
      default -> "(" + a + " * " + (rnd.nextInt(7) - 3) + " + " + rnd.nextInt(5) + ".5)";
    };
  }

  /** Helpers returning an index or a level, or None (the generated entry narrows them before use). */
  static final String OPTIONAL_HELPERS = """
      def first_beyond(x, lim):
          for i in range(len(x)):
              if x[i] > lim:
                  return i
          return None


      def level_at(x, i):
          if i is None or i >= len(x):
              return None
          v = x[i]
          if np.isnan(v):
              return None
          return float(v)


      """;

  /** A complete strategy. */
  String program() {
    StringBuilder sb = new StringBuilder("import numpy as np\nimport pandas as pd\n\n\n");
    sb.append("def rec(x, a, b):\n");
    sb.append("    out = np.zeros(len(x))\n");
    sb.append("    for i in range(1, len(x)):\n");
    sb.append("        v = x[i]\n");
    sb.append("        if np.isnan(v):\n");
    sb.append("            out[i] = out[i - 1] * a\n");
    sb.append("        else:\n");
    sb.append("            out[i] = out[i - 1] * a + v * b\n");
    sb.append("    return out\n\n\n");
    sb.append(OPTIONAL_HELPERS);
    sb.append("def generate_signals(df):\n");
    sb.append("    raw = df['close'].values.copy()\n");
    sb.append("    raw[::" + (3 + rnd.nextInt(9)) + "] = np.nan\n");
    sb.append("    s = pd.Series(raw) - 100.0\n");
    sb.append("    t = df['high'] - df['low']\n");
    sb.append("    u = df['volume'] / 1000.0\n");
    int k = rnd.nextInt(7) - 3;
    int m = 1 + rnd.nextInt(5);
    sb.append("    k = " + k + " // " + m + " + " + k + " % " + m + " + (" + k + " * " + m + ") ** 2\n");
    sb.append("    e = " + series(2 + rnd.nextInt(2)) + "\n");
    sb.append("    f = " + series(1 + rnd.nextInt(2)) + "\n");
    if (rnd.nextBoolean()) {
      sb.append("    g = pd.Series(rec(e.values, 0." + (1 + rnd.nextInt(8)) + ", " + (rnd.nextInt(3) + 1) + ".0))\n");
    } else {
      sb.append("    g = e.rolling(" + window() + ").apply(lambda w: w.max() - w.mean(), raw=True)\n");
    }
    // a chain where each statement reads the previous value once and first: compiled fused (StatementFusion)
    int links = 2 + rnd.nextInt(3);
    sb.append("    c0 = " + series(1) + "\n");
    for (int c = 1; c < links; c++) {
      String prev = "c" + (c - 1);
      String link = switch (rnd.nextInt(5)) {
        case 0 -> prev + " " + pick("+", "-", "*") + " " + series(0);
        case 1 -> prev + ".clip(" + pick("-1.0, 1.0", "lower=0.0", "upper=2.0") + ")";
        case 2 -> prev + ".where(" + series(0) + " > 0, " + series(0) + ")";
        case 3 -> prev + ".rolling(" + window() + ").mean()";
        default -> prev + ".fillna(0.0)";
      };
      sb.append("    c" + c + " = " + link + "\n");
    }
    sb.append("    x = (e - f + g * 0.25 + k + c" + (links - 1) + " * 0.1).values\n");
    sb.append("    j = first_beyond(x, " + pick("0.0", "1.0", "5.0", "1e9") + ")\n");
    sb.append("    lvl = level_at(x, j)\n");
    sb.append("    hold = None\n");
    sb.append("    for i in range(len(x)):\n");
    sb.append("        if j is None or i < j:\n");
    sb.append("            continue\n");
    sb.append("        if lvl is not None and not np.isnan(x[i]):\n");
    sb.append("            hold = x[i] - lvl\n");
    sb.append("        if hold is not None:\n");
    sb.append("            x[i] = x[i] + hold * 0." + (1 + rnd.nextInt(9)) + "\n");
    sb.append("    scale = np.nanmax(np.abs(x[np.isfinite(x)])) + 1.0 if np.isfinite(x).any() else 1.0\n");
    sb.append("    return np.clip(x / scale, -1.0, 1.0)\n");
    return sb.toString();
  }

  /** One very long entry function (statements × 2 lines), which the compiler must split into chunks. */
  static String hugeFunction(int statements) {
    StringBuilder sb = new StringBuilder("import numpy as np\nimport pandas as pd\n\n\ndef generate_signals(df):\n");
    sb.append("    close = df['close']\n    c = close.values\n    out = np.zeros(len(c))\n");
    for (int k = 0; k < statements; k++) {
      sb.append("    x").append(k).append(" = close.rolling(").append(k % 20 + 2).append(").mean() * ").append(k)
          .append(" + c[").append(k).append("] - c[-").append(k + 1).append("] / (1.0 + ").append(k).append(")\n");
      sb.append("    out = out + np.nan_to_num(x").append(k).append(".values) * 1e-6\n");
      if (k % 37 == 36) {
        sb.append("    if out[0] > 100.0:\n        return out * 0.0\n");
      }
    }
    sb.append("    return np.clip(out, -1, 1)\n");
    return sb.toString();
  }
}
