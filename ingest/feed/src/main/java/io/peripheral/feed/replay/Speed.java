package io.peripheral.feed.replay;

/**
 * Replay pace: {@code max} (as fast as possible) or {@code Nx}, N times event-time pace relative to the first
 * tick ({@code 1x} replays a day in a day).
 */
public record Speed(double factor) {
  public static final Speed MAX = new Speed(0);

  public Speed {
    if (factor < 0 || Double.isNaN(factor) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("speed factor must be a positive number");
    }
  }

  public static Speed parse(String s) {
    String v = s == null ? "" : s.trim().toLowerCase(java.util.Locale.ROOT);
    if (v.equals("max")) {
      return MAX;
    }
    if (v.endsWith("x")) {
      try {
        double f = Double.parseDouble(v.substring(0, v.length() - 1));
        if (f > 0 && !Double.isInfinite(f)) {
          return new Speed(f);
        }
      } catch (NumberFormatException ignored) {
        // falls through to the message below
      }
    }
    throw new IllegalArgumentException("speed '" + s + "' is not max or a factor like 1x or 10x");
  }

  public boolean isMax() {
    return factor == 0;
  }

  @Override
  public String toString() {
    return isMax() ? "max" : (factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor)) + "x";
  }
}
