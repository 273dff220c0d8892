package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarJson;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FastBarJsonTest {
  private static Bar bar(String symbol, Interval interval, long start, double price, double volume, Session session,
      boolean isFinal, BarSource source, int revision, String rules) {
    return new Bar(symbol, interval, start, price, price * 1.01, price * 0.99, price + 0.01, volume,
        volume > 0 ? price * 1.001 : 0, 17, session, isFinal, source, revision, rules);
  }

  @Test
  void writesTheSameBytesAsBarJsonForRandomBars() {
    Random random = new Random(11);
    Interval[] intervals = Interval.values();
    Session[] sessions = {Session.PRE, Session.REGULAR, Session.POST, null};
    for (int i = 0; i < 50_000; i++) {
      double price = switch (random.nextInt(5)) {
        case 0 -> Math.round(random.nextDouble() * 100_000) / 100.0;
        case 1 -> random.nextDouble() * 1e-4;
        case 2 -> random.nextDouble() * 1e9;
        case 3 -> random.nextInt(1000);
        default -> random.nextGaussian();
      };
      double volume = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000) / (random.nextBoolean() ? 1 : 1e6);
      Bar b = bar("S" + random.nextInt(10_000), intervals[random.nextInt(intervals.length)],
          random.nextLong(), price, volume, sessions[random.nextInt(sessions.length)], random.nextBoolean(),
          BarSource.values()[random.nextInt(BarSource.values().length)], random.nextInt(3) == 0 ? random.nextInt(1000) : 0,
          random.nextInt(5) == 0 ? null : "builtin-" + random.nextInt(9));
      assertThat(FastBarJson.write(b)).as("bar %s", b).isEqualTo(BarJson.write(b));
    }
  }

  @Test
  void writesTheSameBytesAsBarJsonForStringsNeedingEscapesAndNonFiniteNumbers() {
    String[] symbols = {"BRK.B", "A\"B", "A\\B", "A\u0001B", "ÄPFEL", "A\u007FB", "A/B", "日本"};
    for (String symbol : symbols) {
      for (double price : new double[] {1.5, Double.NaN, Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE,
          Double.MAX_VALUE}) {
        Bar b = bar(symbol, Interval.M1, 1_700_000_000_000_000_000L, price, 100, Session.REGULAR, true,
            BarSource.LIVE, 0, symbol);
        assertThat(FastBarJson.write(b)).as("bar %s", b).isEqualTo(BarJson.write(b));
      }
    }
  }

  @Test
  void writesTheSameBytesWhenPricesRepeatTheOpen() {
    // a single-trade bar has open = high = low = close (= vwap): the writer copies the open's text for those
    Random random = new Random(5);
    double[] prices = {0.0, -0.0, 1.5, 187.25, 0.1 + 0.2, 1e-9, 3e9, Double.NaN};
    for (int i = 0; i < 20_000; i++) {
      double open = prices[random.nextInt(prices.length)];
      double[] other = new double[4];
      for (int f = 0; f < other.length; f++) {
        other[f] = random.nextBoolean() ? open : prices[random.nextInt(prices.length)];
      }
      Bar b = new Bar("AAPL", Interval.S1, 1_700_000_000_000_000_000L, open, other[0], other[1], other[2], 100,
          other[3], 1, Session.REGULAR, true, BarSource.LIVE, 0, "builtin-1");
      assertThat(FastBarJson.write(b)).as("bar %s", b).isEqualTo(BarJson.write(b));
    }
  }

  @Test
  void writesWholeSecondStartsLikeAnyOtherLong() {
    // window starts are whole seconds: the writer writes the seconds and nine zeros
    long[] starts = {0, 1, 1_000_000_000L, 999_999_999L, 1_704_205_800_000_000_000L, 9_000_000_000_000_000_000L,
        -1_000_000_000L, Long.MIN_VALUE, Long.MAX_VALUE};
    for (long start : starts) {
      Bar b = bar("AAPL", Interval.D1, start, 187.25, 100, null, true, BarSource.LIVE, 0, "builtin-1");
      assertThat(FastBarJson.write(b)).as("start %d", start).isEqualTo(BarJson.write(b));
    }
  }
}
