package io.peripheral.feed.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.trade.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTest {
  @TempDir
  Path tmp;

  private static List<Trade> tickerSortedDay(int symbols, int perSymbol) {
    Random r = new Random(7);
    List<Trade> trades = new ArrayList<>();
    for (int s = 0; s < symbols; s++) {
      long t = 1_000_000_000L;
      for (int i = 0; i < perSymbol; i++) {
        t += 1 + r.nextInt(3); // duplicates across symbols are common
        trades.add(new Trade("S" + s, t, t - 1, 10 + i, 100, 1, 1, new int[] {12, 37}, "id" + i, i, 0, -1, 0));
      }
    }
    return trades; // sorted by ticker, then time: what Polygon's flat files look like
  }

  private long files() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.count();
    }
  }

  @Test
  void sortsByTickerOrderedInputIntoSipOrderThroughSpilledRunsAndRemovesThem() throws IOException {
    List<Trade> input = tickerSortedDay(7, 1000);
    List<Trade> expected = new ArrayList<>(input);
    expected.sort(Comparator.comparingLong(Trade::sipTimestamp)); // stable: ties keep input order

    List<Trade> sorted;
    try (TradeSource s = ExternalSort.sort(new ListSource(input), 500, tmp)) {
      assertThat(files()).isEqualTo(14);
      sorted = SipOrderMergeTest.drain(s);
    }

    assertThat(files()).isZero();
    assertThat(sorted).hasSize(input.size());
    assertThat(sorted).extracting(Trade::sipTimestamp).isSorted();
    for (int i = 0; i < expected.size(); i++) {
      Trade e = expected.get(i);
      Trade a = sorted.get(i);
      assertThat(a.symbol()).isEqualTo(e.symbol());
      assertThat(a.sipTimestamp()).isEqualTo(e.sipTimestamp());
      assertThat(a.price()).isEqualTo(e.price());
      assertThat(a.conditions()).containsExactly(e.conditions());
      assertThat(a.tradeId()).isEqualTo(e.tradeId());
      assertThat(a.participantTimestamp()).isEqualTo(e.participantTimestamp());
      assertThat(a.sequenceNumber()).isEqualTo(e.sequenceNumber());
      assertThat(a.trfId()).isEqualTo(e.trfId());
    }
  }

  @Test
  void sortsInputThatFitsOneRunInMemoryWithoutSpilling() throws IOException {
    List<Trade> input = tickerSortedDay(3, 100);
    ListSource source = new ListSource(input);

    List<Trade> sorted = SipOrderMergeTest.drain(ExternalSort.sort(source, 10_000, tmp));

    assertThat(files()).isZero();
    assertThat(source.closed).isTrue();
    assertThat(sorted).hasSize(300).extracting(Trade::sipTimestamp).isSorted();
  }

  @Test
  void detectsWhetherASourceIsInSipOrder() {
    List<Trade> byTicker = tickerSortedDay(2, 10);
    List<Trade> byTime = new ArrayList<>(byTicker);
    byTime.sort(Comparator.comparingLong(Trade::sipTimestamp));

    assertThat(SipOrder.isSorted(() -> new ListSource(byTicker))).isFalse();
    assertThat(SipOrder.isSorted(() -> new ListSource(byTime))).isTrue();
  }
}
