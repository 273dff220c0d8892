package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigitsTest {
  @Test
  void writesWhatLongToStringWrites() {
    SplittableRandom random = new SplittableRandom(7);
    byte[] buf = new byte[40];
    for (int i = 0; i < 2_000_000; i++) {
      // every magnitude equally: a random long shifted right by 0..63 bits, plus the edges around powers of ten
      long v = (random.nextLong() >>> 1) >>> random.nextInt(63);
      check(v, buf);
    }
    for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) {
      check(p - 1, buf);
      check(p, buf);
      check(p + 1, buf);
      check(p * 10 - 1, buf);
    }
    check(0, buf);
    check(Long.MAX_VALUE, buf);
  }

  private static void check(long v, byte[] buf) {
    String expected = Long.toString(v);
    assertThat(Digits.count(v)).as("digits of %d", v).isEqualTo(expected.length());
    buf[3 + expected.length()] = 'x';
    int end = Digits.write(v, buf, 3);
    assertThat(new String(buf, 3, end - 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(expected);
    assertThat(buf[end]).as("nothing written past the end").isEqualTo((byte) 'x');
  }
}
