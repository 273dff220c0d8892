package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeBatch;
import io.peripheral.schemas.trade.TradeCodecException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TradeColumnsTest {
  @Test
  void readsTheSameColumnsAsTheCodecDecodesForBarBuilding() {
    Random random = new Random(3);
    int[][] conditionSets = {{}, {37}, {12, 14, 41}, {}, {5}};
    for (int round = 0; round < 20; round++) {
      int n = round == 0 ? 0 : random.nextInt(3000);
      TradeBatch batch = TradeBatch.builder(n);
      for (int i = 0; i < n; i++) {
        batch.add("S" + random.nextInt(50), 1_700_000_000_000_000_000L + random.nextInt(1_000_000), i,
            random.nextInt(100_000) / 100.0, random.nextInt(1_000_000_000) / 1e6, random.nextInt(20), 1,
            conditionSets[random.nextInt(conditionSets.length)], "t" + i, i, random.nextInt(12), -1, 0);
      }
      byte[] bytes = TradeArrowCodec.encode(batch);
      TradeBatch expected = TradeArrowCodec.decode(bytes, TradeArrowCodec.Columns.BARS);
      TradeColumns actual = TradeColumns.decode(bytes);
      assertThat(actual.size).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.names[actual.symbol[i]]).isEqualTo(expected.symbol(i));
        assertThat(actual.sip[i]).isEqualTo(expected.sipTimestamp(i));
        assertThat(actual.price[i]).isEqualTo(expected.price(i));
        assertThat(actual.quantity[i]).isEqualTo(expected.size(i));
        assertThat(actual.exchange[i]).isEqualTo(expected.exchange(i));
        assertThat(actual.correction[i]).isEqualTo(expected.correction(i));
        assertThat(actual.conditionsOf(i)).isEqualTo(expected.conditions(i));
      }
    }
  }

  @Test
  void failsLikeTheCodecOnTruncatedStreams() {
    TradeBatch batch = TradeBatch.builder(4);
    batch.add("A", 1, 0, 1.0, 1, 0, 0, new int[] {1, 2}, "", 0, 0, -1, 0);
    byte[] bytes = TradeArrowCodec.encode(batch);
    byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
    assertThatThrownBy(() -> TradeColumns.decode(truncated)).isInstanceOf(TradeCodecException.class);
  }
}
