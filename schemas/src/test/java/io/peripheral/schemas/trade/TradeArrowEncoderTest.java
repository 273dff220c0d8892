package io.peripheral.schemas.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The direct writer's streams are byte for byte those of Arrow Java's own writer, whatever the batch holds. */
class TradeArrowEncoderTest {
  private static final String[] NAMES = {"AAPL", "MSFT", "BRK.A", "ünï", "Q", "SPY", "NVDA", "A-B.C"};

  @Test
  void writesTheBytesOfArrowsStreamWriterForRandomBatches() {
    SplittableRandom random = new SplittableRandom(11);
    try (TradeArrowEncoder direct = new TradeArrowEncoder();
        ArrowWriterTradeEncoder reference = new ArrowWriterTradeEncoder()) {
      for (int round = 0; round < 300; round++) {
        int rows = round < 20 ? round : random.nextInt(1, round < 250 ? 200 : 12_000);
        TradeBatch batch = randomBatch(random, rows, 1 + random.nextInt(round < 100 ? 8 : 2_000));
        byte[] expected = reference.encode(batch);
        byte[] actual = direct.encode(batch);
        assertThat(actual).as("round %d, %d rows", round, rows).isEqualTo(expected);
      }
    }
  }

  @Test
  void readsBackThroughTheCodec() {
    TradeBatch batch = randomBatch(new SplittableRandom(3), 5_000, 700);
    TradeBatch decoded = TradeArrowCodec.decode(new TradeArrowEncoder().encode(batch));
    assertThat(decoded.size()).isEqualTo(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      assertThat(decoded.get(i)).usingRecursiveComparison().isEqualTo(batch.get(i));
    }
  }

  /** Every column varied: nulls (participant, TRF id and time), fractional sizes, 0–5 conditions. */
  private static TradeBatch randomBatch(SplittableRandom r, int rows, int symbols) {
    TradeBatch b = TradeBatch.builder(4);
    for (int i = 0; i < rows; i++) {
      int s = r.nextInt(symbols);
      String symbol = s < NAMES.length ? NAMES[s] : "S" + s;
      long sip = 1_700_000_000_000_000_000L + r.nextLong(100_000_000_000L);
      int[] conditions = new int[r.nextInt(6)];
      for (int k = 0; k < conditions.length; k++) {
        conditions[k] = r.nextInt(60);
      }
      double size = r.nextInt(4) == 0 ? r.nextInt(1, 1_000_000) / 1e6 : r.nextInt(1, 10_000);
      b.add(symbol, sip, r.nextBoolean() ? 0 : sip - r.nextInt(1_000_000), r.nextInt(1, 10_000_000) / 100.0, size,
          r.nextInt(1, 22), r.nextInt(1, 4), conditions, r.nextInt(5) == 0 ? "" : Long.toString(r.nextLong(1L << 50)),
          r.nextLong(1L << 40), r.nextInt(3) == 0 ? r.nextInt(20) : 0, r.nextBoolean() ? -1 : r.nextInt(200, 205),
          r.nextBoolean() ? 0 : sip + r.nextInt(1000));
    }
    return b;
  }
}
