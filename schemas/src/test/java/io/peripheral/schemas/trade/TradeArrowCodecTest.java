package io.peripheral.schemas.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.junit.jupiter.api.Test;

class TradeArrowCodecTest {

  private static Trade full(String symbol, long sip, double price, double size, int... conditions) {
    return new Trade(symbol, sip, sip - 1_000, price, size, 4, 3, conditions, "id-" + sip, 77L + sip, 0, 202, sip - 500);
  }

  @Test
  void roundTripsEveryColumnOfEveryRow() {
    List<Trade> trades = List.of(
        full("AAPL", 1_700_000_000_000_000_001L, 189.25, 100),
        full("MSFT", 1_700_000_000_000_000_002L, 402.5, 0.123456, 12, 37),
        full("AAPL", 1_700_000_000_000_000_003L, 189.26, 3, 37),
        Trade.of("BRK.A", 1_700_000_000_000_000_004L, 612_000.0, 1));
    TradeBatch decoded = TradeArrowCodec.decode(TradeArrowCodec.encode(TradeBatch.of(trades)));

    assertThat(decoded.size()).isEqualTo(trades.size());
    for (int i = 0; i < trades.size(); i++) {
      Trade expected = trades.get(i);
      Trade actual = decoded.get(i);
      assertThat(actual.symbol()).isEqualTo(expected.symbol());
      assertThat(actual.sipTimestamp()).isEqualTo(expected.sipTimestamp());
      assertThat(actual.participantTimestamp()).isEqualTo(expected.participantTimestamp());
      assertThat(actual.price()).isEqualTo(expected.price());
      assertThat(actual.size()).isEqualTo(expected.size());
      assertThat(actual.exchange()).isEqualTo(expected.exchange());
      assertThat(actual.tape()).isEqualTo(expected.tape());
      assertThat(actual.conditions()).containsExactly(expected.conditions());
      assertThat(actual.tradeId()).isEqualTo(expected.tradeId());
      assertThat(actual.sequenceNumber()).isEqualTo(expected.sequenceNumber());
      assertThat(actual.correction()).isEqualTo(expected.correction());
      assertThat(actual.trfId()).isEqualTo(expected.trfId());
      assertThat(actual.trfTimestamp()).isEqualTo(expected.trfTimestamp());
    }
  }

  @Test
  void encodesTheSymbolColumnAsADictionaryOfDistinctSymbols() throws Exception {
    TradeBatch batch = TradeBatch.builder(4);
    for (int i = 0; i < 1000; i++) {
      batch.add(Trade.of(i % 2 == 0 ? "AAPL" : "MSFT", 1_000 + i, 10, 1));
    }
    byte[] bytes = TradeArrowCodec.encode(batch);
    try (RootAllocator alloc = new RootAllocator();
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(bytes), alloc)) {
      assertThat(reader.loadNextBatch()).isTrue();
      assertThat(reader.getVectorSchemaRoot().getSchema().findField("symbol").getDictionary()).isNotNull();
      assertThat(reader.getDictionaryVectors().get(0L).getVector().getValueCount()).isEqualTo(2);
      assertThat(reader.getVectorSchemaRoot().getRowCount()).isEqualTo(1000);
    }
  }

  @Test
  void barsColumnsSkipTheIdentifiersButKeepWhatBarsNeed() {
    Trade t = full("AAPL", 5_000_000_000L, 10.5, 7, 14, 41);
    TradeBatch decoded = TradeArrowCodec.decode(TradeArrowCodec.encode(TradeBatch.of(List.of(t))),
        TradeArrowCodec.Columns.BARS);
    assertThat(decoded.tradeId(0)).isEmpty();
    assertThat(decoded.price(0)).isEqualTo(10.5);
    assertThat(decoded.size(0)).isEqualTo(7);
    assertThat(decoded.conditions(0)).containsExactly(14, 41);
  }

  @Test
  void anEmptyBatchRoundTrips() {
    assertThat(TradeArrowCodec.decode(TradeArrowCodec.encode(TradeBatch.builder(0))).size()).isZero();
  }

  @Test
  void garbageBytesFailWithACodecError() {
    assertThatThrownBy(() -> TradeArrowCodec.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}))
        .isInstanceOf(TradeCodecException.class).hasMessageContaining("could not decode");
  }

  @Test
  void tradesRejectNonPositivePriceSizeAndTimestamp() {
    assertThatThrownBy(() -> Trade.of("A", 1, 0, 1)).hasMessageContaining("price");
    assertThatThrownBy(() -> Trade.of("A", 1, 1, -2)).hasMessageContaining("size");
    assertThatThrownBy(() -> Trade.of("A", 0, 1, 1)).hasMessageContaining("sip_timestamp");
    assertThatThrownBy(() -> Trade.of(" ", 1, 1, 1)).hasMessageContaining("symbol");
  }
}
