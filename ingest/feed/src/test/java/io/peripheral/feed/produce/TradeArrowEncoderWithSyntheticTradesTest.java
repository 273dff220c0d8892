package io.peripheral.feed.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.synthetic.SyntheticSettings;
import io.peripheral.feed.synthetic.SyntheticTrades;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeArrowEncoder;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeArrowEncoderWithSyntheticTradesTest {
  private static void assertSameRows(TradeBatch actual, TradeBatch expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Trade a = actual.get(i);
      Trade e = expected.get(i);
      assertThat(a.symbol()).isEqualTo(e.symbol());
      assertThat(a.sipTimestamp()).isEqualTo(e.sipTimestamp());
      assertThat(a.participantTimestamp()).isEqualTo(e.participantTimestamp());
      assertThat(a.price()).isEqualTo(e.price());
      assertThat(a.size()).isEqualTo(e.size());
      assertThat(a.exchange()).isEqualTo(e.exchange());
      assertThat(a.tape()).isEqualTo(e.tape());
      assertThat(a.conditions()).containsExactly(e.conditions());
      assertThat(a.tradeId()).isEqualTo(e.tradeId());
      assertThat(a.sequenceNumber()).isEqualTo(e.sequenceNumber());
      assertThat(a.correction()).isEqualTo(e.correction());
      assertThat(a.trfId()).isEqualTo(e.trfId());
      assertThat(a.trfTimestamp()).isEqualTo(e.trfTimestamp());
    }
  }

  @Test
  void writesWhatTheSchemasCodecReadsBackRowForRow() {
    SyntheticTrades src = new SyntheticTrades(SyntheticSettings.defaults(), Instant.parse("2025-06-02T13:30:00Z"));
    TradeBatch batch = TradeBatch.builder(16);
    for (int i = 0; i < 5003; i++) {
      batch.add(src.next());
    }
    batch.add(new Trade("BRK.A", 1_748_871_000_000_000_123L, 0, 700_000.25, 0.000001, 4, 1, new int[] {12, 37, 52},
        "ünï-ID", 7, 12, 3, 1_748_871_000_000_000_200L));
    try (TradeArrowEncoder encoder = new TradeArrowEncoder()) {
      assertSameRows(TradeArrowCodec.decode(encoder.encode(batch)), batch);
      assertSameRows(TradeArrowCodec.decode(encoder.encode(batch)), batch);
    }
  }

  @Test
  void encodesOneRowAndManyBatchesOfDifferentSizesWithOneEncoder() {
    try (TradeArrowEncoder encoder = new TradeArrowEncoder()) {
      TradeBatch one = TradeBatch.of(List.of(Trade.of("AAPL", 1_748_871_000_000_000_000L, 190.5, 100)));
      assertSameRows(TradeArrowCodec.decode(encoder.encode(one)), one);
      SyntheticTrades src = new SyntheticTrades(SyntheticSettings.defaults(), Instant.parse("2025-06-02T13:30:00Z"));
      for (int size : new int[] {7, 10_000, 3, 64, 65}) {
        TradeBatch b = TradeBatch.builder(size);
        for (int i = 0; i < size; i++) {
          b.add(src.next());
        }
        assertSameRows(TradeArrowCodec.decode(encoder.encode(b)), b);
      }
    }
  }
}
