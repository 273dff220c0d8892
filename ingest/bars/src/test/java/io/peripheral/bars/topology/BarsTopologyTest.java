package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class BarsTopologyTest {
  private static final long SEC = 1_000_000_000L;
  /** 2024-01-02 10:00:00 New York (regular session). */
  private static final long T0 = ns("2024-01-02T15:00:00Z");
  private static final long GRACE = 2 * SEC;

  private static long ns(String instant) {
    return Instant.parse(instant).getEpochSecond() * SEC;
  }

  private static Trade trade(String symbol, long sip, double price, double size, int... conditions) {
    return Trade.of(symbol, sip, price, size, conditions);
  }

  private static Trade corrected(String symbol, long sip, double price, int correction) {
    return new Trade(symbol, sip, 0, price, 100, 0, 0, new int[0], "", 0, correction, -1, 0);
  }

  private static BarsDriver driver() {
    return new BarsDriver(BarsConfig.builder().withFormingInterval(Duration.ZERO).build());
  }

  @Test
  void finalBarsEqualAnIndependentComputationOverManySymbols() {
    Random random = new Random(42);
    int[][] conditionSets = {{}, {}, {}, {37}, {12}, {5}, {38}, {15}, {22, 37}, {14, 41}, {10}};
    List<Trade> trades = new ArrayList<>();
    long t = T0 - 6 * 3600 * SEC; // from the pre-market on
    for (int i = 0; i < 30_000; i++) {
      t += random.nextInt(2 * (int) (SEC / 10));
      long jitter = random.nextInt(10) == 0 ? random.nextInt(3000) * 1_000_000L : 0; // some out-of-order prints
      String symbol = "S" + random.nextInt(20);
      int correction = random.nextInt(50) == 0 ? 7 + random.nextInt(5) : 0;
      trades.add(new Trade(symbol, t - jitter, 0, 10 + random.nextInt(1000) / 100.0, 1 + random.nextInt(500), 0, 0,
          conditionSets[random.nextInt(conditionSets.length)], "", 0, correction, -1, 0));
    }
    Map<String, ReferenceBars.Expected> expected = ReferenceBars.compute(trades, GRACE);

    List<Bar> actual = new ArrayList<>();
    try (BarsDriver d = driver()) {
      for (int from = 0; from < trades.size(); from += 777) {
        d.send(trades.subList(from, Math.min(trades.size(), from + 777)));
        actual.addAll(d.allFinalBars());
      }
      d.endOfStream();
      actual.addAll(d.allFinalBars());
    }

    Map<String, Bar> byKey = new HashMap<>();
    for (Bar b : actual) {
      assertThat(byKey.put(b.symbol() + "/" + b.interval().code() + "/" + b.start(), b)).as("one final per window")
          .isNull();
    }
    assertThat(byKey.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((key, e) -> {
      Bar b = byKey.get(key);
      assertThat(b.open()).as(key + " open").isEqualTo(e.open());
      assertThat(b.high()).as(key + " high").isEqualTo(e.high());
      assertThat(b.low()).as(key + " low").isEqualTo(e.low());
      assertThat(b.close()).as(key + " close").isEqualTo(e.close());
      assertThat(b.volume()).as(key + " volume").isCloseTo(e.volume(), within(1e-6));
      assertThat(b.vwap()).as(key + " vwap").isCloseTo(e.vwap(), within(1e-9));
      assertThat(b.tradeCount()).as(key + " count").isEqualTo(e.count());
      assertThat(b.revision()).as(key + " revision").isEqualTo(e.revision());
      assertThat(b.isFinal()).isTrue();
      assertThat(b.source()).isEqualTo(BarSource.LIVE);
      assertThat(b.rulesVersion()).isEqualTo("builtin-1");
      assertThat(b.session()).isEqualTo(Session.of(b.interval(), b.start()));
    });
  }

  @Test
  void tradeUpdatesOnlyTheFieldsEveryOneOfItsConditionsAllows() {
    try (BarsDriver d = driver()) {
      d.send(trade("AAPL", T0, 100, 100),
          trade("AAPL", T0 + 1, 200, 50, 37),      // odd lot: volume only
          trade("AAPL", T0 + 2, 50, 10, 5),        // high/low and volume, not open/close
          trade("AAPL", T0 + 3, 120, 1000, 38),    // high/low and open/close, no volume
          trade("AAPL", T0 + 4, 300, 10, 12, 14),  // 12 forbids price: volume only
          trade("AAPL", T0 + 5, 400, 10, 15),      // nothing at all: not counted
          trade("AAPL", T0 + 6, 110, 10, 14, 41)); // unknown conditions allow everything
      d.endOfStream();
      Bar bar = d.finalBars(Interval.S1).get(0);
      assertThat(bar.open()).isEqualTo(100);
      assertThat(bar.high()).isEqualTo(120);
      assertThat(bar.low()).isEqualTo(50);
      assertThat(bar.close()).isEqualTo(110);
      assertThat(bar.volume()).isEqualTo(100 + 50 + 10 + 10 + 10);
      assertThat(bar.vwap()).isCloseTo((100 * 100 + 200 * 50 + 50 * 10 + 300 * 10 + 110 * 10) / 180.0, within(1e-9));
      assertThat(bar.tradeCount()).isEqualTo(6);
    }
  }

  @Test
  void cancelledAndErroneousTradesAreExcluded() {
    try (BarsDriver d = driver()) {
      d.send(trade("MSFT", T0, 10, 100), corrected("MSFT", T0 + 1, 99, 7), corrected("MSFT", T0 + 2, 1, 8),
          corrected("MSFT", T0 + 3, 99, 10), corrected("MSFT", T0 + 4, 1, 11), corrected("MSFT", T0 + 5, 11, 1));
      d.endOfStream();
      Bar bar = d.finalBars(Interval.M1).get(0);
      assertThat(bar.high()).isEqualTo(11);
      assertThat(bar.low()).isEqualTo(10);
      assertThat(bar.close()).isEqualTo(11);
      assertThat(bar.tradeCount()).isEqualTo(2);
    }
  }

  @Test
  void windowWithOnlyVolumeEligibleTradesEmitsNoBar() {
    try (BarsDriver d = driver()) {
      d.send(trade("IBM", T0, 10, 50, 37), trade("IBM", T0 + SEC / 2, 11, 20, 12));
      d.endOfStream();
      assertThat(d.allFinalBars()).isEmpty();
    }
  }

  @Test
  void emitsFinalBarOnceStreamTimePassesWindowEndPlusGrace() {
    try (BarsDriver d = driver()) {
      d.send(trade("AAPL", T0, 10, 1), trade("MSFT", T0 + SEC + SEC / 2, 20, 1));
      assertThat(d.finalBars(Interval.S1)).isEmpty();
      d.send(trade("MSFT", T0 + 3 * SEC, 20, 1)); // stream time = end of AAPL's window + 2 s
      assertThat(d.finalBars(Interval.S1)).extracting(Bar::symbol).containsExactly("AAPL");
    }
  }

  @Test
  void emitsRevisedBarWhenLateTradeArrivesWithinGrace() {
    try (BarsDriver d = driver()) {
      d.send(trade("AAPL", T0, 10, 1), trade("MSFT", T0 + SEC + SEC / 2, 20, 1));
      d.send(trade("AAPL", T0 + SEC / 2, 12, 3)); // window ended 0.5 s ago, within the 2 s grace
      d.send(trade("MSFT", T0 + 3 * SEC, 20, 1));
      Bar bar = d.finalBars(Interval.S1).get(0);
      assertThat(bar.symbol()).isEqualTo("AAPL");
      assertThat(bar.close()).isEqualTo(12);
      assertThat(bar.volume()).isEqualTo(4);
      assertThat(bar.revision()).isEqualTo(1);
      assertThat(d.lateTrades()).isEmpty();
    }
  }

  @Test
  void sendsTradeBeyondGraceToTheLateTradesTopicKeyedByInterval() {
    try (BarsDriver d = driver()) {
      d.send(trade("AAPL", T0, 10, 1), trade("MSFT", T0 + 5 * SEC, 20, 1));
      d.records(Interval.S1);
      d.send(trade("AAPL", T0 + 100, 99, 7));
      List<TestRecord<String, TradeBatch>> late = d.lateTrades();
      assertThat(late).extracting(TestRecord::key).containsExactly("1s");
      assertThat(late.get(0).value().get(0).price()).isEqualTo(99);
      assertThat(d.records(Interval.S1)).isEmpty();
      d.endOfStream();
      assertThat(d.finalBars(Interval.M1)).filteredOn(b -> b.symbol().equals("AAPL")).singleElement()
          .satisfies(b -> assertThat(b.high()).isEqualTo(99)); // the minute was still open
    }
  }

  @Test
  void dailyBarSpansTheNewYorkDayOf23HoursOnSpringForward() {
    long dayStart = ns("2024-03-10T05:00:00Z"); // midnight EST
    long dayEnd = ns("2024-03-11T04:00:00Z");   // midnight EDT: 23 hours later
    assertThat(Interval.D1.windowEnd(Interval.D1.windowStart(dayStart + SEC))).isEqualTo(dayEnd);
    try (BarsDriver d = driver()) {
      d.send(trade("SPY", dayStart, 10, 1), trade("SPY", dayEnd - 1, 11, 1), trade("SPY", dayEnd, 12, 1));
      d.endOfStream();
      List<Bar> days = d.finalBars(Interval.D1);
      assertThat(days).extracting(Bar::start).containsExactly(dayStart, dayEnd);
      assertThat(days.get(0).close()).isEqualTo(11);
      assertThat(days.get(0).session()).isNull();
    }
  }

  @Test
  void dailyBarSpansTheNewYorkDayOf25HoursOnFallBack() {
    long dayStart = ns("2024-11-03T04:00:00Z"); // midnight EDT
    long dayEnd = ns("2024-11-04T05:00:00Z");   // midnight EST: 25 hours later
    try (BarsDriver d = driver()) {
      d.send(trade("SPY", dayStart - 1, 9, 1), trade("SPY", dayStart, 10, 1), trade("SPY", dayEnd - 1, 11, 1),
          trade("SPY", dayEnd, 12, 1));
      d.endOfStream();
      List<Bar> days = d.finalBars(Interval.D1);
      assertThat(days).extracting(Bar::start).containsExactly(ns("2024-11-02T04:00:00Z"), dayStart, dayEnd);
      assertThat(days.get(1).open()).isEqualTo(10);
      assertThat(days.get(1).close()).isEqualTo(11);
      assertThat(days.get(1).end() - days.get(1).start()).isEqualTo(25 * 3600 * SEC);
    }
  }

  @Test
  void formingBarsAreThrottledToOneUpdatePerSymbolAndIntervalEvery250Milliseconds() {
    try (BarsDriver d = new BarsDriver(BarsConfig.defaults())) {
      d.send(trade("AAPL", T0, 10, 1));
      d.send(trade("AAPL", T0 + 10, 11, 1));
      d.send(trade("AAPL", T0 + 20, 12, 1));
      assertThat(d.records(Interval.M1)).isEmpty();
      d.advanceWallClock(Duration.ofMillis(250));
      List<TestRecord<String, Bar>> forming = d.records(Interval.M1);
      assertThat(forming).singleElement().satisfies(r -> {
        assertThat(r.value().isFinal()).isFalse();
        assertThat(r.value().close()).isEqualTo(12);
      });
      d.advanceWallClock(Duration.ofMillis(250));
      assertThat(d.records(Interval.M1)).as("nothing changed, nothing sent").isEmpty();
      d.send(trade("AAPL", T0 + 30, 13, 1));
      d.advanceWallClock(Duration.ofMillis(100));
      assertThat(d.records(Interval.M1)).isEmpty();
      d.advanceWallClock(Duration.ofMillis(150));
      assertThat(d.records(Interval.M1)).extracting(r -> r.value().close()).containsExactly(13.0);
    }
  }

  @Test
  void endOfStreamFinalizesEveryOpenWindowAndMarksEveryBarTopic() {
    try (BarsDriver d = driver()) {
      d.send(trade("AAPL", T0, 10, 1), trade("MSFT", T0 + 1, 20, 1));
      d.endOfStream();
      for (Interval interval : Interval.values()) {
        List<TestRecord<String, Bar>> records = d.records(interval);
        assertThat(records).hasSize(3);
        assertThat(records.subList(0, 2)).allSatisfy(r -> assertThat(r.value().isFinal()).isTrue());
        TestRecord<String, Bar> control = records.get(2);
        assertThat(control.value()).isNull();
        assertThat(ControlRecords.isEndOfStream(control.headers())).isTrue();
        assertThat(control.key()).isEqualTo("#partition-0");
      }
      d.send(trade("AAPL", T0 + 2, 11, 1));
      assertThat(d.lateTrades()).hasSize(Interval.values().length);
    }
  }

  @Test
  void replayNamespaceBarsCarryReplaySourceAndTheRulesVersion() {
    ConditionRules rules = new ConditionRules("test-7", Map.of(), java.util.Set.of());
    try (BarsDriver d = new BarsDriver(TopicCatalog.replay("r1"),
        BarsConfig.builder().withFormingInterval(Duration.ZERO).withRules(rules).build())) {
      d.send(trade("AAPL", T0, 10, 1));
      d.endOfStream();
      assertThat(d.allFinalBars()).hasSize(6).allSatisfy(b -> {
        assertThat(b.source()).isEqualTo(BarSource.REPLAY);
        assertThat(b.rulesVersion()).isEqualTo("test-7");
      });
    }
  }

  @Test
  void skipsTradesRecordsThatAreNotArrowStreamsAndKeepsGoing() {
    try (BarsDriver d = driver()) {
      d.sendRaw("{\"symbol\":\"AAPL\",\"price\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      d.sendRaw(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 0x7F, 0x7F, 0x7F, 1, 2});
      d.send(trade("AAPL", T0, 10, 1));
      d.endOfStream();
      assertThat(d.finalBars(Interval.M1)).singleElement().satisfies(b -> assertThat(b.close()).isEqualTo(10));
    }
  }
}
