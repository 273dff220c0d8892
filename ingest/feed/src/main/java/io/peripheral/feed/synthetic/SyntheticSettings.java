package io.peripheral.feed.synthetic;

/**
 * What the synthetic source generates.
 *
 * @param symbols how many symbols
 * @param rate ticks per second of simulated time
 * @param seed the same seed gives the same trades
 * @param zipfExponent activity of the k-th most active symbol is proportional to 1/k^exponent
 * @param oddLotFraction share of trades under 100 shares (they carry condition 37)
 * @param lateFraction share of prints reported late: SIP time 200 ms to 3 s before the clock
 */
public record SyntheticSettings(
    int symbols, double rate, long seed, double zipfExponent, double oddLotFraction, double lateFraction) {

  public SyntheticSettings {
    if (symbols < 1) {
      throw new IllegalArgumentException("symbols must be positive, was " + symbols);
    }
    if (!(rate > 0)) {
      throw new IllegalArgumentException("rate must be positive, was " + rate);
    }
    if (zipfExponent < 0) {
      throw new IllegalArgumentException("zipfExponent must not be negative");
    }
    if (oddLotFraction < 0 || oddLotFraction > 1 || lateFraction < 0 || lateFraction > 1) {
      throw new IllegalArgumentException("fractions must be within [0, 1]");
    }
  }

  public static SyntheticSettings defaults() {
    return new SyntheticSettings(500, 20_000, 42, 1.1, 0.25, 0.002);
  }

  public SyntheticSettings withSymbols(int n) {
    return new SyntheticSettings(n, rate, seed, zipfExponent, oddLotFraction, lateFraction);
  }

  public SyntheticSettings withRate(double ticksPerSecond) {
    return new SyntheticSettings(symbols, ticksPerSecond, seed, zipfExponent, oddLotFraction, lateFraction);
  }

  public SyntheticSettings withSeed(long s) {
    return new SyntheticSettings(symbols, rate, s, zipfExponent, oddLotFraction, lateFraction);
  }

  public SyntheticSettings withLateFraction(double f) {
    return new SyntheticSettings(symbols, rate, seed, zipfExponent, oddLotFraction, f);
  }
}
