package io.peripheral.schemas.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.Test;

class QuoteArrowCodecTest {
  private static final long T0 = 1_704_205_800_000_000_000L;

  @Test
  void aBatchSurvivesEncodeAndDecodeWithEveryColumn() {
    List<Quote> quotes = List.of(
        new Quote("AAPL", T0, T0 - 5, 11, 185.10, 300, 12, 185.12, 0.5, new int[] {1, 2}, new int[] {604}, 77, 3,
            T0 + 9),
        new Quote("MSFT", T0 + 1, 0, 4, 410.0, 100, 4, 0, 0, new int[0], new int[0], 78, 1, 0),
        Quote.of("AAPL", T0 + 2, 0, 0, 185.13, 200));

    QuoteBatch decoded = QuoteArrowCodec.decode(QuoteArrowCodec.encode(new QuoteBatch(quotes)));

    assertThat(decoded.size()).isEqualTo(3);
    for (int i = 0; i < quotes.size(); i++) {
      Quote want = quotes.get(i);
      Quote got = decoded.get(i);
      assertThat(got.sameAs(want)).as("row %d: %s vs %s", i, got, want).isTrue();
    }
  }

  @Test
  void theSymbolIsADictionaryColumnAndSizesAreDecimals() throws Exception {
    byte[] bytes = QuoteArrowCodec.encode(new QuoteBatch(List.of(Quote.of("A", T0, 1, 1, 2, 2),
        Quote.of("A", T0 + 1, 1, 1, 2, 2), Quote.of("B", T0 + 2, 1, 1, 2, 2))));
    try (RootAllocator alloc = new RootAllocator();
        ArrowStreamReader r = new ArrowStreamReader(new ByteArrayInputStream(bytes), alloc)) {
      assertThat(r.loadNextBatch()).isTrue();
      assertThat(r.getVectorSchemaRoot().getSchema().findField("symbol").getDictionary().getId()).isZero();
      assertThat(r.getDictionaryVectors().get(0L).getVector().getValueCount()).isEqualTo(2);
      assertThat(r.getVectorSchemaRoot().getSchema().findField("bid_size").getType())
          .isInstanceOf(ArrowType.Decimal.class);
    }
  }

  @Test
  void anEmptyBatchAndALargeOneRoundTrip() {
    assertThat(QuoteArrowCodec.decode(QuoteArrowCodec.encode(new QuoteBatch(List.of()))).size()).isZero();
    List<Quote> many = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      many.add(new Quote("S" + (i % 300), T0 + i, T0 + i - 1, i % 20, 10 + i / 100.0, 100 + i, i % 21,
          10.01 + i / 100.0, 200 + i, new int[] {i % 5}, new int[] {}, i, 1 + i % 3, 0));
    }
    QuoteBatch back = QuoteArrowCodec.decode(QuoteArrowCodec.encode(new QuoteBatch(many)));
    assertThat(back.size()).isEqualTo(many.size());
    assertThat(back.get(19_999).sameAs(many.get(19_999))).isTrue();
  }

  @Test
  void garbageIsACodecErrorNamingItsSize() {
    assertThatThrownBy(() -> QuoteArrowCodec.decode(new byte[] {1, 2, 3}))
        .isInstanceOf(QuoteCodecException.class).hasMessageContaining("3 bytes");
  }

  @Test
  void quotesThatCanNeverBeValidAreRefused() {
    assertThatThrownBy(() -> Quote.of(" ", T0, 1, 1, 2, 2)).hasMessageContaining("symbol");
    assertThatThrownBy(() -> Quote.of("A", 0, 1, 1, 2, 2)).hasMessageContaining("sip_timestamp");
    assertThatThrownBy(() -> Quote.of("A", T0, -1, 1, 2, 2)).hasMessageContaining("bid_price");
    assertThatThrownBy(() -> Quote.of("A", T0, 1, Double.NaN, 2, 2)).hasMessageContaining("bid_size");
    assertThatThrownBy(() -> Quote.of("A", T0, 0, 0, 0, 0)).hasMessageContaining("no side");
  }
}
