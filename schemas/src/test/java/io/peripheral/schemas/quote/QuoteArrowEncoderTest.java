package io.peripheral.schemas.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The direct writer's streams are byte for byte those of Arrow Java's own writer, whatever the batch holds. */
class QuoteArrowEncoderTest {
  private static final String[] NAMES = {"AAPL", "MSFT", "BRK.A", "ünï", "Q", "SPY"};
  private static final long T0 = 1_704_205_800_000_000_000L;

  @Test
  void writesTheBytesOfArrowsStreamWriterForRandomBatches() {
    SplittableRandom r = new SplittableRandom(5);
    QuoteArrowEncoder direct = new QuoteArrowEncoder();
    for (int round = 0; round < 200; round++) {
      int rows = round < 20 ? round : r.nextInt(1, round < 180 ? 300 : 12_000);
      QuoteBatch batch = randomBatch(r, rows, 1 + r.nextInt(round < 60 ? 6 : 1_500));
      assertThat(direct.encode(batch)).as("round %d, %d rows", round, rows)
          .isEqualTo(ArrowWriterQuoteEncoder.encode(batch));
    }
  }

  /** Every column varied: absent participant and TRF times, one-sided quotes, 0–4 conditions and indicators. */
  private static QuoteBatch randomBatch(SplittableRandom r, int rows, int symbols) {
    List<Quote> quotes = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      int s = r.nextInt(symbols);
      long sip = T0 + r.nextLong(1_000_000_000_000L);
      double bid = r.nextInt(8) == 0 ? 0 : r.nextInt(1, 100_000) / 100.0;
      double ask = r.nextInt(8) == 0 && bid > 0 ? 0 : bid + r.nextInt(1, 100) / 100.0;
      quotes.add(new Quote(s < NAMES.length ? NAMES[s] : "S" + s, sip, r.nextBoolean() ? 0 : sip - r.nextInt(9_999),
          r.nextInt(1, 22), bid, bid == 0 ? 0 : r.nextInt(1, 5_000) / (r.nextInt(4) == 0 ? 1000.0 : 1.0),
          r.nextInt(1, 22), ask, ask == 0 ? 0 : r.nextInt(1, 5_000), ints(r), ints(r), r.nextLong(1L << 40),
          r.nextInt(1, 4), r.nextBoolean() ? 0 : sip + r.nextInt(1000)));
    }
    return new QuoteBatch(quotes);
  }

  private static int[] ints(SplittableRandom r) {
    int[] v = new int[r.nextInt(5)];
    for (int k = 0; k < v.length; k++) {
      v[k] = r.nextInt(1, 700);
    }
    return v;
  }
}
