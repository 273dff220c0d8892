package io.peripheral.feed.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peripheral.schemas.trade.Trade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticTradesTest {
  private static final Instant OPEN = Instant.parse("2025-06-02T13:30:00Z");

  private static List<Trade> take(SyntheticSettings settings, int n) {
    SyntheticTrades source = new SyntheticTrades(settings, OPEN);
    List<Trade> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(source.next());
    }
    return out;
  }

  @Test
  void theRowPathGivesTheTradesNextGives() {
    SyntheticSettings settings = SyntheticSettings.defaults().withLateFraction(0.05);
    List<Trade> expected = take(settings, 20_000);
    SyntheticTrades source = new SyntheticTrades(settings, OPEN);
    List<Trade> rows = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      source.nextInto((symbol, sip, participant, price, size, exchange, tape, conditions, id, sequence) -> rows.add(
          new Trade(symbol, sip, participant, price, size, exchange, tape, conditions, Long.toString(id), sequence,
              0, -1, 0)));
    }
    assertThat(rows).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(expected);
  }

  @Test
  void theSameSeedGivesTheSameTradesAndAnotherSeedOthers() {
    List<Trade> a = take(SyntheticSettings.defaults(), 5000);
    List<Trade> b = take(SyntheticSettings.defaults(), 5000);
    List<Trade> c = take(SyntheticSettings.defaults().withSeed(7), 5000);

    for (int i = 0; i < a.size(); i++) {
      Trade x = a.get(i);
      Trade y = b.get(i);
      assertThat(y.symbol()).isEqualTo(x.symbol());
      assertThat(y.sipTimestamp()).isEqualTo(x.sipTimestamp());
      assertThat(y.price()).isEqualTo(x.price());
      assertThat(y.size()).isEqualTo(x.size());
      assertThat(y.conditions()).containsExactly(x.conditions());
    }
    assertThat(c.stream().map(Trade::price).toList()).isNotEqualTo(a.stream().map(Trade::price).toList());
  }

  @Test
  void eventTimeComesFromTheSimulatedClockAtTheConfiguredRate() {
    SyntheticTrades source = new SyntheticTrades(SyntheticSettings.defaults().withRate(1000).withLateFraction(0), OPEN);
    Trade first = source.next();
    Trade second = source.next();

    assertThat(first.sipTimestamp()).isEqualTo(OPEN.getEpochSecond() * 1_000_000_000L);
    assertThat(second.sipTimestamp() - first.sipTimestamp()).isEqualTo(1_000_000L);
  }

  @Test
  void symbolActivityIsZipfSkewed() {
    Map<String, Integer> counts = new HashMap<>();
    for (Trade t : take(SyntheticSettings.defaults(), 200_000)) {
      counts.merge(t.symbol(), 1, Integer::sum);
    }
    int[] sorted = counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    int top = sorted[sorted.length - 1];
    int median = sorted[sorted.length / 2];

    assertThat(counts).hasSizeGreaterThan(400);
    // Zipf(1.1) over 500 symbols: rank 1 is ~ 250^1.1 ≈ 430 times as active as rank 250.
    assertThat(top).isGreaterThan(100 * median);
    assertThat(top / 200_000.0).isCloseTo(new Zipf(500, 1.1).probability(0), within(0.01));
  }

  @Test
  void oddLotsAndOnlyOddLotsCarryCondition37() {
    List<Trade> trades = take(SyntheticSettings.defaults(), 50_000);
    long oddLots = trades.stream().filter(t -> t.size() < 100).count();

    assertThat(trades).allSatisfy(t -> assertThat(Arrays.stream(t.conditions()).anyMatch(c -> c == 37))
        .isEqualTo(t.size() < 100));
    assertThat(oddLots / 50_000.0).isCloseTo(0.25, within(0.02));
    assertThat(trades).filteredOn(t -> t.size() >= 100).allSatisfy(t -> assertThat(t.size() % 100).isZero());
    assertThat(trades).anySatisfy(t -> assertThat(t.size()).isLessThan(1));
  }

  @Test
  void aConfigurableFractionOfPrintsIsLateByAFewHundredMillisToSeconds() {
    SyntheticTrades source = new SyntheticTrades(SyntheticSettings.defaults().withLateFraction(0.01), OPEN);
    int late = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      long clock = source.clockNanos();
      Trade t = source.next();
      if (t.sipTimestamp() < clock) {
        late++;
        assertThat(clock - t.sipTimestamp()).isBetween(200_000_000L, 3_000_000_000L);
      }
    }
    assertThat(late / (double) n).isCloseTo(0.01, within(0.002));
  }

  @Test
  void pricesStayPositiveCentsAndVolatilityIsHigherAtTheOpenThanAtMidday() {
    SyntheticTrades source = new SyntheticTrades(SyntheticSettings.defaults(), OPEN);
    long midday = Instant.parse("2025-06-02T16:45:00Z").getEpochSecond() * 1_000_000_000L;
    long night = Instant.parse("2025-06-03T02:00:00Z").getEpochSecond() * 1_000_000_000L;

    assertThat(source.intradayVolatility(OPEN.getEpochSecond() * 1_000_000_000L)).isEqualTo(3.0);
    assertThat(source.intradayVolatility(midday)).isCloseTo(1.0, within(0.01));
    assertThat(source.intradayVolatility(night)).isEqualTo(0.5);
    for (int i = 0; i < 10_000; i++) {
      Trade t = source.next();
      assertThat(t.price()).isPositive();
      assertThat(Math.abs(t.price() * 100 - Math.round(t.price() * 100))).isLessThan(1e-6);
    }
  }
}
