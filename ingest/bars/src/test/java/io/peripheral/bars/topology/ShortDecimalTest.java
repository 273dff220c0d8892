package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortDecimalTest {
  private static final double[] SCALES = {1, 10, 100, 1_000, 10_000, 100_000};

  /** The shortest decimal that reads back as x (Schubfach; what Java 19+'s Double.toString writes). */
  private static String shortest(double x) {
    return NumberOutput.toString(x, true);
  }

  @Test
  void writesTheShortestDecimalForDecimalsWithFewFractionDigits() {
    Random random = new Random(7);
    int fast = 0;
    for (int i = 0; i < 2_000_000; i++) {
      double scale = SCALES[random.nextInt(SCALES.length)];
      long magnitude = (long) Math.pow(10, random.nextInt(12));
      double x = Math.round(random.nextDouble() * magnitude) / scale * (random.nextInt(8) == 0 ? -1 : 1);
      String text = ShortDecimal.text(x);
      if (text != null) {
        fast++;
        assertThat(text).as("%s", shortest(x)).isEqualTo(shortest(x));
        assertThat(Double.parseDouble(text)).isEqualTo(x);
      }
    }
    assertThat(fast).as("values taking the fast path").isGreaterThan(1_000_000);
  }

  @Test
  void readsBackAsTheSameDoubleOrDeclines() {
    Random random = new Random(8);
    for (int i = 0; i < 1_000_000; i++) {
      double x = switch (random.nextInt(3)) {
        case 0 -> random.nextDouble() * 1e4;
        case 1 -> random.nextGaussian() * 100;
        default -> Double.longBitsToDouble(random.nextLong());
      };
      String text = ShortDecimal.text(x);
      if (text != null) {
        assertThat(Double.parseDouble(text)).isEqualTo(x);
        assertThat(text).isEqualTo(shortest(x));
      }
    }
  }

  @Test
  void coversTheEdgesOfPlainNotation() {
    for (double x : new double[] {0.001, 0.05, 0.1, 1, 9_999_999.9999, 123.4, 100, 0.0105, -2.5, 1e7 - 1}) {
      assertThat(ShortDecimal.text(x)).as("%s", x).isEqualTo(shortest(x));
    }
    for (double x : new double[] {0, -0.0, 1e7, 0.0009, Double.NaN, Double.POSITIVE_INFINITY, Math.PI, 0.00001}) {
      assertThat(ShortDecimal.text(x)).as("%s", x).isNull();
    }
  }
}
