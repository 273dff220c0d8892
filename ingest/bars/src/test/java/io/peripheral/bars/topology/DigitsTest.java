package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigitsTest {
  @Test
  void writesWhatLongToStringWrites() {
    SplittableRandom random = new SplittableRandom(3);
    byte[] buf = new byte[40];
    long[] edges = {0, 9, 10, 99, 100, 999_999_999, 1_000_000_000, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
        999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE};
    for (int i = 0; i < 1_000_000; i++) {
      long v = i < edges.length ? edges[i] : random.nextLong(1L << random.nextInt(1, 63));
      int end = Digits.write(v, buf, 3);
      assertThat(new String(buf, 3, end - 3, StandardCharsets.US_ASCII)).isEqualTo(Long.toString(v));
      assertThat(Digits.count(v)).isEqualTo(Long.toString(v).length());
    }
  }

  @Test
  void padsWithLeadingZerosToTheDigitsAskedFor() {
    byte[] buf = new byte[30];
    Digits.writeBackwards(5, buf, 2, 2);
    assertThat(new String(buf, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("05");
    Digits.writeBackwards(1_704_205_800L, buf, 20, 20);
    assertThat(new String(buf, 0, 20, StandardCharsets.US_ASCII)).isEqualTo("00000000001704205800");
    Digits.writeBackwards(0, buf, 9, 9);
    assertThat(new String(buf, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("000000000");
  }

  @Test
  void writesFractionsWithoutTrailingZeros() {
    byte[] buf = new byte[10];
    for (int f = 1; f < 10_000; f++) {
      int end = Digits.writeFraction4(f, buf, 2);
      String expected = String.format("%04d", f).replaceAll("0+$", "");
      assertThat(new String(buf, 2, end - 2, StandardCharsets.US_ASCII)).as("fraction %d", f).isEqualTo(expected);
    }
  }
}
