package io.peripheral.schemas.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TradeBatchTest {
  private static final int[] NONE = {};

  @Test
  void numericIdsReadBackAsTheirDecimalText() {
    SplittableRandom random = new SplittableRandom(5);
    long[] edges = {0, 9, 10, 99, 100, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 999_999_999_999L, Long.MAX_VALUE};
    TradeBatch batch = TradeBatch.builder(1); // grows, ids included
    long[] ids = new long[5_000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i < edges.length ? edges[i] : random.nextLong(1L << random.nextInt(1, 63));
      batch.addWithNumericId("S", 1, 0, 1.0, 1, 1, 1, NONE, ids[i], i, 0, -1, 0);
    }
    for (int i = 0; i < ids.length; i++) {
      assertThat(batch.tradeId(i)).as("row %d", i).isEqualTo(Long.toString(ids[i]));
    }
  }

  @Test
  void numericAndTextIdsMixInOneBatch() {
    TradeBatch batch = TradeBatch.builder(4);
    batch.add("S", 1, 0, 1.0, 1, 1, 1, NONE, "ä-7", 0, 0, -1, 0);
    batch.addWithNumericId("S", 1, 0, 1.0, 1, 1, 1, NONE, 12_345, 1, 0, -1, 0);
    batch.add("S", 1, 0, 1.0, 1, 1, 1, NONE, "", 2, 0, -1, 0);
    assertThat(batch.tradeId(0)).isEqualTo("ä-7");
    assertThat(batch.tradeId(1)).isEqualTo("12345");
    assertThat(batch.tradeId(2)).isEmpty();
  }

  @Test
  void rejectsANegativeNumericId() {
    TradeBatch batch = TradeBatch.builder(4);
    assertThatThrownBy(() -> batch.addWithNumericId("S", 1, 0, 1.0, 1, 1, 1, NONE, -1, 0, 0, -1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThat(batch.size()).isZero();
  }
}
