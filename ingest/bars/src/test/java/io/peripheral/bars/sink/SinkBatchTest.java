package io.peripheral.bars.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class SinkBatchTest {
  private static Bar bar(String symbol, long start, BarSource source, int revision, double close) {
    return new Bar(symbol, Interval.M1, start, 1, 2, 0.5, close, 10, 1.5, 3, null, true, source, revision,
        "builtin-1");
  }

  @Test
  void keepsTheBarWithTheHigherPrecedenceThenRevisionPerKey() {
    SinkBatch batch = new SinkBatch();
    batch.add(bar("A", 0, BarSource.REBUILD, 0, 1));
    batch.add(bar("A", 0, BarSource.REPLAY, 5, 2));
    batch.add(bar("B", 0, BarSource.LIVE, 2, 3));
    batch.add(bar("B", 0, BarSource.LIVE, 1, 4));
    batch.add(bar("C", 0, BarSource.LIVE, 0, 5));
    batch.add(bar("C", 0, BarSource.REPLAY, 0, 6)); // equal precedence and revision: the later one, like the upsert
    assertThat(batch.bars()).extracting(Bar::close).containsExactly(1.0, 3.0, 6.0);
  }

  @Test
  void ordersBarsByKeySoConcurrentWritersLockRowsInTheSameOrder() {
    SinkBatch batch = new SinkBatch();
    batch.add(bar("B", 60, BarSource.LIVE, 0, 1));
    batch.add(bar("A", 60, BarSource.LIVE, 0, 1));
    batch.add(bar("A", 0, BarSource.LIVE, 0, 1));
    assertThat(batch.bars()).extracting(b -> b.symbol() + b.start()).containsExactly("A0", "A60", "B60");
  }

  @Test
  void barTopicPatternMatchesLiveAndReplayNamespacesOnly() {
    assertThat(BarSink.BAR_TOPICS.matcher("bars.1m.v1").matches()).isTrue();
    Matcher m = BarSink.BAR_TOPICS.matcher("replay.r-1_x.bars.15m.v1");
    assertThat(m.matches()).isTrue();
    assertThat(m.group(2)).isEqualTo("r-1_x");
    assertThat(BarSink.BAR_TOPICS.matcher("trades.v1").matches()).isFalse();
    assertThat(BarSink.BAR_TOPICS.matcher("bars.2m.v1").matches()).isFalse();
  }
}
