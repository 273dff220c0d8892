package io.peripheral.strategy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MemoryPoolTest {
  @Test
  void aReturnedArrayComesBackZeroedForTheSameLength() {
    MemoryPool pool = new MemoryPool(1 << 20);
    byte[] a = pool.take(4096);
    Arrays.fill(a, (byte) 7);
    pool.give(a);
    byte[] again = pool.take(4096);
    assertThat(again).isSameAs(a);
    assertThat(again).containsOnly((byte) 0);
    assertThat(pool.take(4096)).isNotSameAs(a);
  }

  @Test
  void otherLengthsGetNewArrays() {
    MemoryPool pool = new MemoryPool(1 << 20);
    byte[] a = pool.take(4096);
    pool.give(a);
    assertThat(pool.take(8192)).hasSize(8192).isNotSameAs(a);
    assertThat(pool.idleCount()).isEqualTo(1);
  }

  @Test
  void keepsTheMostRecentWithinItsLimits() {
    MemoryPool pool = new MemoryPool(10_000);
    pool.give(new byte[20_000]);
    assertThat(pool.idleCount()).as("larger than the capacity").isZero();
    byte[] first = new byte[4000];
    pool.give(first);
    pool.give(new byte[4001]);
    pool.give(new byte[4002]);
    assertThat(pool.idleCount()).as("the oldest dropped to stay within 10,000 bytes").isEqualTo(2);
    assertThat(pool.take(4000)).isNotSameAs(first);
    for (int i = 0; i < MemoryPool.MAX_IDLE + 2; i++) {
      pool.give(new byte[16]);
    }
    assertThat(pool.idleCount()).isEqualTo(MemoryPool.MAX_IDLE);
  }
}
