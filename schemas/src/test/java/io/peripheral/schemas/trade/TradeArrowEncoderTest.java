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
  void writesTheBytesOfArrowsStreamWriterForBatchesWithoutNullsOrWithoutTrfs() {
    SplittableRandom random = new SplittableRandom(12);
    try (TradeArrowEncoder direct = new TradeArrowEncoder();
        ArrowWriterTradeEncoder reference = new ArrowWriterTradeEncoder()) {
      for (int round = 0; round < 40; round++) {
        boolean trfs = round % 2 == 0; // every row reported by a TRF, or none (a generator's trades, most feeds')
        TradeBatch batch = TradeBatch.builder(16);
        for (int i = 0, rows = random.nextInt(1, 3_000); i < rows; i++) {
          long sip = 1_700_000_000_000_000_000L + random.nextLong(100_000_000_000L);
          batch.addWithNumericId(NAMES[random.nextInt(NAMES.length)], sip, sip - random.nextInt(1, 1_000_000),
              random.nextInt(1, 10_000_000) / 100.0, random.nextInt(1, 10_000), random.nextInt(1, 22),
              random.nextInt(1, 4), new int[random.nextInt(3)], random.nextLong(1L << 40), i, 0,
              trfs ? random.nextInt(200, 205) : -1, trfs ? sip + 1 : 0);
        }
        assertThat(direct.encode(batch)).as("round %d", round).isEqualTo(reference.encode(batch));
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
