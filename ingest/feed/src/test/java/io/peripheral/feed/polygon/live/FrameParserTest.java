package io.peripheral.feed.polygon.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peripheral.feed.polygon.fake.Market;
import io.peripheral.schemas.trade.Trade;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Frames of ws-frames.json (Polygon's WebSocket format), good and bad. */
class FrameParserTest {
  private final ParseCounters counters = new ParseCounters();
  private final CollectingSink sink = new CollectingSink();
  private List<String> frames;

  @BeforeEach
  void load() throws Exception {
    frames = List.of(new ObjectMapper().readValue(Market.resource("ws-frames.json"), String[].class));
  }

  private void parseAll() {
    FrameParser parser = new FrameParser(counters);
    frames.forEach(f -> parser.parse(f, sink));
  }

  @Test
  void mapsTradeFieldsWithMillisecondsAsNanoseconds() {
    parseAll();
    Trade t = sink.trades.get(0);
    assertThat(t.symbol()).isEqualTo("AAPL");
    assertThat(t.sipTimestamp()).isEqualTo(1_704_205_801_234_000_000L);
    assertThat(t.price()).isEqualTo(185.015);
    assertThat(t.size()).isEqualTo(100);
    assertThat(t.exchange()).isEqualTo(4);
    assertThat(t.tape()).isEqualTo(3);
    assertThat(t.conditions()).containsExactly(14, 41);
    assertThat(t.tradeId()).isEqualTo("52983525029461");
    assertThat(t.sequenceNumber()).isEqualTo(1017);
    assertThat(t.trfId()).isEqualTo(202);
    assertThat(t.trfTimestamp()).isEqualTo(1_704_205_801_233_000_000L);
  }

  @Test
  void fractionalSizeComesFromDs() {
    parseAll();
    assertThat(sink.trades).filteredOn(t -> t.symbol().equals("MSFT")).singleElement()
        .satisfies(t -> assertThat(t.size()).isEqualTo(0.5));
  }

  @Test
  void missingOptionalFieldsTakeTheirAbsentValues() {
    parseAll();
    Trade t = sink.trades.stream().filter(x -> x.symbol().equals("TSLA")).findFirst().orElseThrow();
    assertThat(t.conditions()).isEmpty();
    assertThat(t.tradeId()).isEmpty();
    assertThat(t.trfId()).isEqualTo(-1);
    assertThat(t.trfTimestamp()).isZero();
  }

  @Test
  void mixedFramesYieldEveryEventTypeInOrder() {
    parseAll();
    assertThat(sink.trades).extracting(Trade::symbol).containsExactly("AAPL", "MSFT", "TSLA", "AAPL");
    assertThat(sink.quotes).singleElement().satisfies(q -> {
      assertThat(q.bidPrice()).isEqualTo(185.01);
      assertThat(q.askSize()).isEqualTo(2);
      assertThat(q.indicators()).containsExactly(604);
      assertThat(q.sipTimestamp()).isEqualTo(1_704_205_801_235_000_000L);
    });
    assertThat(sink.aggregates).extracting(AggregateEvent::kind)
        .containsExactly(AggregateEvent.Kind.MINUTE, AggregateEvent.Kind.SECOND);
    assertThat(sink.aggregates.get(0).end() - sink.aggregates.get(0).start()).isEqualTo(60_000_000_000L);
  }

  @Test
  void badInputIsCountedAndSkipped() {
    parseAll();
    assertThat(counters.unknownEvents()).isEqualTo(1);   // ev XQ
    assertThat(counters.invalidEvents()).isEqualTo(1);   // T without t
    assertThat(counters.malformedFrames()).isEqualTo(2); // truncated JSON, and an object instead of an array
  }

  @Test
  void statusFramesAreReadForTheHandshakeOnly() {
    FrameParser.Statuses s = FrameParser.statuses(frames.get(0));
    assertThat(s.events()).containsExactly(new StatusEvent("connected", "Connected Successfully"));
    assertThat(s.hasOther()).isFalse();
    assertThat(FrameParser.statuses(frames.get(1)).hasOther()).isTrue();
    parseAll();
    assertThat(counters.unknownEvents()).isEqualTo(1); // the status element is not "unknown"
  }
}
