package io.peripheral.feed.polygon.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peripheral.feed.polygon.fake.FakePolygon;
import io.peripheral.feed.polygon.fake.Market;
import io.peripheral.feed.polygon.fake.Session;
import io.peripheral.schemas.trade.Trade;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live client against the fake Polygon server (no Kafka: a collecting sink). */
class PolygonLiveFeedTest {
  private static final Market MARKET = Market.load("AAPL", "MSFT", "TSLA");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private FakePolygon fake;
  private PolygonLiveFeed feed;
  private final CollectingSink sink = new CollectingSink();

  @BeforeEach
  void startFake() {
    fake = new FakePolygon(MARKET);
  }

  @AfterEach
  void stop() {
    if (feed != null) {
      feed.close();
    }
    fake.close();
  }

  private PolygonLiveFeed start(String key, String subscribe, Duration evictedFloor) {
    feed = new PolygonLiveFeed(LiveFeeds.settings(fake, key, subscribe, List.of(), evictedFloor), sink,
        GapFiller.NONE, new SimpleMeterRegistry()).start();
    return feed;
  }

  @Test
  void authenticatesSubscribesAndStreamsMixedFramesWithoutDuplicates() {
    fake.script(Session.stream(MARKET.firstMs(), MARKET.lastMs() + 1, Session.End.STAY_OPEN));
    start(FakePolygon.KEY, "T.*,Q.*,AM.*", Duration.ofSeconds(1));
    await().atMost(WAIT).until(() -> sink.trades.size() == MARKET.prints().size());
    assertThat(fake.received()).startsWith("{\"action\":\"auth\",\"params\":\"" + FakePolygon.KEY + "\"}",
        "{\"action\":\"subscribe\",\"params\":\"T.*,Q.*,AM.*\"}");
    assertThat(feed.acknowledged()).isEqualTo(3);
    assertThat(sink.trades).extracting(Trade::tradeId, Trade::symbol).containsExactlyElementsOf(
        MARKET.prints().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.rest().get("id").asText(),
            p.ticker())).toList());
    assertThat(feed.metrics().duplicates()).isPositive();
    assertThat(sink.quotes).isNotEmpty();
    assertThat(sink.aggregates).isNotEmpty();
    assertThat(feed.state()).isEqualTo(PolygonLiveFeed.State.STREAMING);
    assertThat(feed.metrics().lagMillis()).isPositive();
  }

  @Test
  void authFailedIsFatalAndDoesNotReconnect() {
    start("wrong-key", "T.*", Duration.ofSeconds(1));
    await().atMost(WAIT).until(() -> feed.state() == PolygonLiveFeed.State.FAILED);
    assertThat(feed.failure()).contains("rejected the API key").doesNotContain("wrong-key");
    await().during(Duration.ofMillis(800)).atMost(WAIT).until(() -> fake.connections() == 1);
  }

  @Test
  void reconnectsAfterADropMidFrameAndResubscribesToExactlyTheCurrentSubscriptions() {
    long mid = MARKET.firstMs() + 60_000;
    fake.script(Session.stream(MARKET.firstMs(), mid, Session.End.STAY_OPEN),
        Session.stream(mid + 30_000, MARKET.lastMs() + 1, Session.End.STAY_OPEN));
    start(FakePolygon.KEY, "T.AAPL,T.MSFT", Duration.ofSeconds(1));
    await().atMost(WAIT).until(() -> fake.connections() == 1 && feed.acknowledged() == 2);
    feed.subscribe("Q.AAPL");
    feed.unsubscribe("T.MSFT");
    await().atMost(WAIT).until(() -> fake.received().contains("{\"action\":\"unsubscribe\",\"params\":\"T.MSFT\"}"));
    fake.dropAll();
    await().atMost(WAIT).until(() -> fake.connections() == 2 && feed.acknowledged() == 2);
    List<String> subscribes = fake.received().stream().filter(m -> m.contains("\"subscribe\"")).toList();
    assertThat(subscribes.get(subscribes.size() - 1)).isEqualTo("{\"action\":\"subscribe\",\"params\":\"T.AAPL,Q.AAPL\"}");
    await().atMost(WAIT).until(() -> feed.metrics().gaps() == 1 && feed.metrics().reconnects() == 1);
  }

  @Test
  void maxConnectionsAfterAuthSuccessBacksOffAndTheNextAuthSuccessDoesNotResetIt() {
    fake.script(new Session(0, 0, Session.End.MAX_CONNECTIONS, 0), new Session(0, 0, Session.End.MAX_CONNECTIONS, 0),
        Session.idle());
    long t0 = System.nanoTime();
    start(FakePolygon.KEY, "T.*", Duration.ofMillis(700));
    await().atMost(WAIT).until(() -> fake.connections() == 3);
    // two evictions: ~0.7 s, then ~1.4 s (doubled, not reset by the auth_success between them), each ±20 %
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(1650));
  }

  @Test
  void aSlowConsumerCutOffReconnects() {
    fake.script(Session.stream(MARKET.firstMs(), MARKET.firstMs() + 10_000, Session.End.SLOW_CONSUMER),
        Session.idle());
    start(FakePolygon.KEY, "T.*", Duration.ofSeconds(1));
    await().atMost(WAIT).until(() -> fake.connections() == 2 && feed.state() == PolygonLiveFeed.State.STREAMING);
    assertThat(feed.metrics().reconnects()).isEqualTo(1);
  }

  @Test
  void aFullQueueDropsFramesRecordsTheGapAndBackfillsIt() throws Exception {
    fake.script(Session.stream(MARKET.firstMs(), MARKET.lastMs() + 1, Session.End.STAY_OPEN)).duplicateEvery(0);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    LiveEventSink slow = new CollectingSink() {
      @Override
      public void trade(Trade trade) {
        try {
          release.await(); // a stalled producer: the reader must not wait for it
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        super.trade(trade);
      }
    };
    CollectingSink out = (CollectingSink) slow;
    io.peripheral.feed.polygon.rest.PolygonRestClient rest = new io.peripheral.feed.polygon.rest.PolygonRestClient(
        io.peripheral.feed.polygon.rest.RestSettings.of(fake.restUrl(), FakePolygon.KEY, 1000, 3,
            Duration.ofSeconds(2)));
    feed = new PolygonLiveFeed(LiveFeeds.settings(fake, FakePolygon.KEY, "T.*", List.of("AAPL", "MSFT", "TSLA"),
        Duration.ofSeconds(1), 4), slow, new io.peripheral.feed.polygon.backfill.RestGapFiller(rest),
        new SimpleMeterRegistry()).start();
    await().atMost(WAIT).until(() -> feed.queue().dropped() > 0);
    release.countDown();
    // frames dropped at the very end wait for the next new trade to bound their gap: send one
    await().atMost(WAIT).until(() -> feed.queue().size() == 0);
    fake.broadcast("[{\"ev\":\"T\",\"sym\":\"AAPL\",\"x\":11,\"i\":\"next\",\"p\":186,\"s\":100,\"t\":"
        + (MARKET.lastMs() + 1000) + ",\"q\":999999}]");
    await().atMost(WAIT).until(() -> out.trades.size() == MARKET.prints().size() + 1);
    assertThat(feed.metrics().gaps()).isGreaterThanOrEqualTo(1);
    assertThat(feed.metrics().backfilled()).isPositive();
    assertThat(out.trades.subList(0, MARKET.prints().size())).extracting(Trade::tradeId, Trade::symbol)
        .containsExactlyInAnyOrderElementsOf(MARKET.prints().stream().map(p -> org.assertj.core.groups.Tuple.tuple(
            p.rest().get("id").asText(), p.ticker())).toList());
    assertThat(feed.state()).isEqualTo(PolygonLiveFeed.State.STREAMING); // the connection stayed up
    assertThat(fake.connections()).isEqualTo(1);
  }
}
