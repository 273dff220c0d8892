package io.peripheral.feed.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.trade.Trade;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SipOrderMergeTest {
  static List<Trade> drain(TradeSource s) {
    List<Trade> out = new ArrayList<>();
    for (Trade t = s.next(); t != null; t = s.next()) {
      out.add(t);
    }
    return out;
  }

  @Test
  void mergesSortedSourcesIntoOneSipOrderedStream() {
    ListSource a = new ListSource(List.of(Trade.of("A", 1, 1, 1), Trade.of("A", 4, 1, 1), Trade.of("A", 9, 1, 1)));
    ListSource b = new ListSource(List.of(Trade.of("B", 2, 1, 1), Trade.of("B", 3, 1, 1), Trade.of("B", 10, 1, 1)));
    ListSource c = new ListSource(List.of());

    List<Trade> merged;
    try (SipOrderMerge m = new SipOrderMerge(List.of(a, b, c))) {
      merged = drain(m);
    }

    assertThat(merged).extracting(Trade::sipTimestamp).containsExactly(1L, 2L, 3L, 4L, 9L, 10L);
    assertThat(a.closed && b.closed && c.closed).isTrue();
  }

  @Test
  void keepsTheOrderOfSourcesForEqualTimestamps() {
    ListSource first = new ListSource(List.of(Trade.of("X", 5, 1, 1), Trade.of("X", 5, 2, 1)));
    ListSource second = new ListSource(List.of(Trade.of("Y", 5, 3, 1)));

    List<Trade> merged = drain(new SipOrderMerge(List.of(first, second)));

    assertThat(merged).extracting(Trade::price).containsExactly(1.0, 2.0, 3.0);
  }
}
