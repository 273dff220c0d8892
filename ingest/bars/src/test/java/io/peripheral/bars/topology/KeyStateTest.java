package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class KeyStateTest {
  private static final long T0 = 1_704_205_800_000_000_000L; // 2024-01-02 14:30 UTC
  private final SessionClock sessions = new SessionClock();

  private static KeyState[] symbolWithTrades() {
    Interval[] intervals = Interval.values();
    KeyState[] keys = new KeyState[intervals.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new KeyState("AAPL", intervals[i]);
      keys[i].closedThrough = T0 - i;
      for (int t = 0; t < 3; t++) {
        long sip = T0 + t * 700_000_000L;
        long start = intervals[i].windowStart(sip);
        keys[i].window(start, intervals[i].windowEnd(start)).apply(sip, 100 + t, 10, ConditionRules.ALL, false);
      }
    }
    return keys;
  }

  @Test
  void symbolStateReadsBackAsWritten() {
    KeyState[] keys = symbolWithTrades();
    KeyState[] read = KeyState.deserializeSymbol("AAPL", KeyState.serializeSymbol(keys));
    for (int i = 0; i < keys.length; i++) {
      assertThat(read[i].interval).isEqualTo(keys[i].interval);
      assertThat(read[i].closedThrough).isEqualTo(keys[i].closedThrough);
      assertThat(read[i].open).hasSameSizeAs(keys[i].open);
      for (int w = 0; w < keys[i].open.size(); w++) {
        assertThat(read[i].open.get(w).toBar("AAPL", read[i].interval, true, BarSource.LIVE, "r", sessions))
            .isEqualTo(keys[i].open.get(w).toBar("AAPL", keys[i].interval, true, BarSource.LIVE, "r", sessions));
      }
    }
    assertThat(read[0].open).hasSize(2); // 1 s windows of trades at 0, 0.7 and 1.4 s
  }

  @Test
  void readsTheEarlierOneEntryPerIntervalLayout() {
    KeyState k = symbolWithTrades()[Interval.M1.ordinal()];
    ByteBuffer b = ByteBuffer.allocate(8 + 4 + k.open.size() * (WindowAccumulator.BYTES + 8));
    b.putLong(k.closedThrough).putInt(k.open.size());
    for (WindowAccumulator w : k.open) {
      b.putLong(w.count());
      w.write(b);
    }
    assertThat(KeyState.isIntervalKey("1m|AAPL")).isTrue();
    assertThat(KeyState.isIntervalKey("AAPL")).isFalse();
    KeyState read = KeyState.deserializeInterval("1m|AAPL", b.array());
    assertThat(read.symbol).isEqualTo("AAPL");
    assertThat(read.interval).isEqualTo(Interval.M1);
    assertThat(read.closedThrough).isEqualTo(k.closedThrough);
    assertThat(read.open.get(0).toBar("AAPL", Interval.M1, true, BarSource.LIVE, "r", sessions))
        .isEqualTo(k.open.get(0).toBar("AAPL", Interval.M1, true, BarSource.LIVE, "r", sessions));
  }

  @Test
  void refusesAnUnknownFormat() {
    byte[] bytes = KeyState.serializeSymbol(symbolWithTrades());
    bytes[0] = 9;
    assertThatThrownBy(() -> KeyState.deserializeSymbol("AAPL", bytes)).hasMessageContaining("format 9");
  }

  @Test
  void keepsTheEarliestEndAndForgetsTheCurrentWindowOnceClosed() {
    KeyState k = new KeyState("AAPL", Interval.S1);
    assertThat(k.earliestEnd).isEqualTo(Long.MAX_VALUE);
    WindowAccumulator second = k.window(T0 + 1_000_000_000L, T0 + 2_000_000_000L);
    WindowAccumulator first = k.window(T0, T0 + 1_000_000_000L); // a late print opens an earlier window
    assertThat(k.open).containsExactly(first, second);
    assertThat(k.earliestEnd).isEqualTo(T0 + 1_000_000_000L);
    k.current = first;

    assertThat(k.dueCount(T0 + 999_999_999L)).isZero();
    assertThat(k.dueCount(T0 + 1_000_000_000L)).isEqualTo(1);
    k.removeOldest(1);
    assertThat(k.open).containsExactly(second);
    assertThat(k.current).isNull();
    assertThat(k.earliestEnd).isEqualTo(T0 + 2_000_000_000L);

    k.current = second;
    k.removeOldest(0);
    assertThat(k.current).isSameAs(second);
    k.removeOldest(1);
    assertThat(k.open).isEmpty();
    assertThat(k.current).isNull();
    assertThat(k.earliestEnd).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void restoredStateKnowsItsEarliestEnd() {
    KeyState[] read = KeyState.deserializeSymbol("AAPL", KeyState.serializeSymbol(symbolWithTrades()));
    assertThat(read[0].earliestEnd).isEqualTo(read[0].open.get(0).end);
    assertThat(read[0].current).isNull();
  }
}
