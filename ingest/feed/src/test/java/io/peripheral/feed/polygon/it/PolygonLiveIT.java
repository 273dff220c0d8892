package io.peripheral.feed.polygon.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peripheral.feed.hotquote.HotQuoteUpdate;
import io.peripheral.feed.hotquote.HotQuoteWriter;
import io.peripheral.feed.polygon.backfill.RestGapFiller;
import io.peripheral.feed.polygon.fake.FakePolygon;
import io.peripheral.feed.polygon.fake.Market;
import io.peripheral.feed.polygon.fake.Session;
import io.peripheral.feed.polygon.live.KafkaLiveTrades;
import io.peripheral.feed.polygon.live.LiveFeeds;
import io.peripheral.feed.polygon.live.LiveMarketData;
import io.peripheral.feed.polygon.live.PolygonLiveFeed;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.rest.RestSettings;
import io.peripheral.feed.produce.AggPublisher;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.feed.produce.QuotePublisher;
import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Live Polygon trades (from the fake server) into the real Kafka broker: an uninterrupted session, and one that
 * loses 30 s of market time to a mid-frame drop, reconnects, resubscribes and backfills through REST (which
 * answers 429 and 503 first). Both trades topics must hold the same trades in the same per-partition order — the
 * bar topology's whole input — and exactly the market's trades, each once.
 */
class PolygonLiveIT {
  private static final String BOOTSTRAP = System.getProperty("it.kafka.bootstrap", "localhost:19092");
  private static final Market MARKET = Market.load("AAPL", "MSFT", "TSLA");
  private static final List<TopicCatalog> CREATED = new ArrayList<>();
  private static final List<HotQuoteUpdate> CACHED = new java.util.concurrent.CopyOnWriteArrayList<>();

  @AfterAll
  static void deleteTopics() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
    try (Admin admin = Admin.create(p)) {
      CREATED.forEach(ns -> TopicAdmin.deleteReplayTopics(admin, ns));
    }
  }

  private static TopicCatalog namespace(String what) {
    TopicCatalog ns = TopicCatalog.replay("polygon-it-" + what + "-"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24)));
    CREATED.add(ns);
    return ns;
  }

  /** Runs the live feed against a fake following the script until every market trade went through. */
  private static TradesTopic.Content run(TopicCatalog ns, String subscribe, Session... script) {
    ProducerSettings producer = new ProducerSettings(BOOTSTRAP, "lz4", 10_000, Duration.ofMillis(20), 32 << 20,
        Duration.ofSeconds(60));
    try (FakePolygon fake = new FakePolygon(MARKET).pageSize(50).script(script).failRest(429, 503)) {
      PolygonRestClient rest = new PolygonRestClient(RestSettings.of(fake.restUrl(), FakePolygon.KEY, 100, 5,
          Duration.ofSeconds(5)));
      KafkaLiveTrades trades = new KafkaLiveTrades(producer, ns, FeedMetrics.detached());
      QuotePublisher quotes = new QuotePublisher(producer, ns, "polygon-it-quotes", FeedMetrics.detached());
      AggPublisher aggregates = new AggPublisher(producer, ns, "polygon-it-aggs", FeedMetrics.detached());
      // the cache's store records what the writer would pipeline to Redis (HotQuoteRedisIT covers Redis itself)
      HotQuoteWriter cache = new HotQuoteWriter((updates, ttl) -> CACHED.addAll(updates), Duration.ofMillis(50),
          Duration.ofMinutes(5), Duration.ofSeconds(1), new SimpleMeterRegistry()).start();
      LiveMarketData sink = new LiveMarketData(trades, quotes, aggregates, cache, new SimpleMeterRegistry());
      PolygonLiveFeed feed = new PolygonLiveFeed(LiveFeeds.settings(fake, FakePolygon.KEY, subscribe,
          List.of("AAPL", "MSFT", "TSLA"), Duration.ofSeconds(1)), sink,
          new RestGapFiller(rest), new SimpleMeterRegistry()).start();
      try {
        await().atMost(Duration.ofSeconds(90)).until(() ->
            feed.metrics().trades() + feed.metrics().backfilled() >= MARKET.prints().size());
      } finally {
        feed.close();
        trades.close();
        quotes.close();
        aggregates.close();
        cache.close();
      }
    }
    return TradesTopic.read(BOOTSTRAP, ns);
  }

  @Test
  void liveTradesReachTheTradesTopicOnceEachInMarketOrder() {
    TradesTopic.Content c = run(namespace("live"), "T.*,Q.*",
        Session.stream(MARKET.firstMs(), MARKET.lastMs() + 1, Session.End.STAY_OPEN));
    List<TradesTopic.Seen> expected = MARKET.prints().stream().map(p -> TradesTopic.Seen.of(p.trade())).toList();
    assertThat(c.all()).containsExactlyInAnyOrderElementsOf(expected);
    c.byPartition().values().forEach(list -> assertThat(list)
        .isSortedAccordingTo(Comparator.comparingLong(TradesTopic.Seen::sip)));
  }

  @Test
  void aThirtySecondDropIsBackfilledSoTheTradesEqualAnUninterruptedRun() {
    long drop = MARKET.firstMs() + 60_000;
    TradesTopic.Content uninterrupted = run(namespace("whole"), "T.*,Q.*",
        Session.stream(MARKET.firstMs(), MARKET.lastMs() + 1, Session.End.STAY_OPEN));
    TradesTopic.Content healed = run(namespace("gap"), "T.*,Q.*",
        Session.stream(MARKET.firstMs(), drop, Session.End.DROP_MID_FRAME),
        new Session(drop + 30_000, MARKET.lastMs() + 1, Session.End.STAY_OPEN, 3));

    long missedLive = MARKET.prints().stream()
        .filter(p -> p.sipNanos() / 1_000_000L >= drop && p.sipNanos() / 1_000_000L < drop + 30_000).count();
    assertThat(missedLive).as("trades inside the 30 s drop").isGreaterThan(50);
    assertThat(healed.byPartition()).isEqualTo(uninterrupted.byPartition());
    // the recovered trades travel in records marked as backfill (their bars become source=backfill)
    assertThat(uninterrupted.backfillMarked()).isZero();
    assertThat((long) healed.backfillMarked()).isBetween(missedLive, missedLive + 3);
    Map<String, Long> perSymbol = healed.all().stream()
        .collect(Collectors.groupingBy(TradesTopic.Seen::symbol, Collectors.counting()));
    assertThat(perSymbol).containsEntry("AAPL", 600L).containsEntry("MSFT", 400L).containsEntry("TSLA", 300L);
  }

  @Test
  void liveQuotesReachTheQuotesTopicAndTheLatestTradeAndQuoteTheHotQuoteCache() {
    CACHED.clear();
    TopicCatalog ns = namespace("quotes");
    run(ns, "T.*,Q.*", Session.stream(MARKET.firstMs(), MARKET.lastMs() + 1, Session.End.STAY_OPEN));

    List<Quote> quotes = QuotesTopic.read(BOOTSTRAP, ns);
    assertThat(quotes).as("quotes on %s", ns.quotes().name()).hasSizeGreaterThan(100);
    for (Quote q : quotes) { // the fake quotes one cent around the print it follows
      assertThat(q.symbol()).isIn("AAPL", "MSFT", "TSLA");
      assertThat(q.askPrice() - q.bidPrice()).isCloseTo(0.02, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(MARKET.prints().stream().anyMatch(p -> p.ticker().equals(q.symbol())
          && p.sipNanos() / 1_000_000L * 1_000_000L == q.sipTimestamp())).isTrue();
    }
    for (String symbol : List.of("AAPL", "MSFT", "TSLA")) {
      Market.Print last = MARKET.prints().stream().filter(p -> p.ticker().equals(symbol))
          .max(Comparator.comparingLong(Market.Print::sipNanos)).orElseThrow();
      HotQuoteUpdate newest = CACHED.stream().filter(u -> u.symbol().equals(symbol) && u.trade() != null)
          .max(Comparator.comparingLong(u -> u.trade().sipTimestamp())).orElseThrow();
      assertThat(newest.trade().price()).as("cached last trade of %s", symbol)
          .isEqualTo(last.rest().get("price").asDouble());
      assertThat(CACHED.stream().anyMatch(u -> u.symbol().equals(symbol) && u.nbbo() != null)).isTrue();
    }
  }
}
