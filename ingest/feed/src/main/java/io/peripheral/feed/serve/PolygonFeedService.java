package io.peripheral.feed.serve;

import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.feed.calendar.CalendarTable;
import io.peripheral.feed.config.FeedConfig;
import io.peripheral.feed.hotquote.HotQuoteWriter;
import io.peripheral.feed.polygon.backfill.RestGapFiller;
import io.peripheral.feed.polygon.live.KafkaLiveTrades;
import io.peripheral.feed.polygon.live.LiveMarketData;
import io.peripheral.feed.polygon.live.LiveSettings;
import io.peripheral.feed.polygon.live.PolygonLiveFeed;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.reference.MarketStatusCheck;
import io.peripheral.feed.polygon.reference.ReferenceLoader;
import io.peripheral.feed.polygon.reference.ReferenceRefresh;
import io.peripheral.feed.polygon.reference.ReferenceStore;
import io.peripheral.feed.polygon.rest.ReferenceData;
import io.peripheral.feed.polygon.rest.RestSettings;
import io.peripheral.feed.produce.AggPublisher;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.feed.produce.ProducerSettingsFactory;
import io.peripheral.feed.produce.QuotePublisher;
import io.peripheral.schemas.topic.TopicCatalog;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * {@code FEED=polygon}: the live Polygon feed into the live namespace, with REST gap backfill and the reference
 * data (conditions, exchanges) loaded at start and refreshed daily, and Polygon's market status checked hourly
 * against the market calendar. Without a key it fails with a clear message.
 */
@ApplicationScoped
public class PolygonFeedService {
  private static final Logger LOG = Logger.getLogger(PolygonFeedService.class);
  private final FeedConfig config;
  private final FeedMetrics metrics;
  private final MeterRegistry registry;
  private volatile PolygonLiveFeed feed;
  private volatile String failure;
  private volatile boolean starting;
  private final Instance<HotQuoteWriter> hotQuotes;
  private KafkaLiveTrades trades;
  private QuotePublisher quotes;
  private AggPublisher aggregates;
  private ReferenceData reference;
  private ScheduledExecutorService refresher;

  public PolygonFeedService(FeedConfig config, FeedMetrics metrics, MeterRegistry registry,
      Instance<HotQuoteWriter> hotQuotes) {
    this.config = config;
    this.metrics = metrics;
    this.registry = registry;
    this.hotQuotes = hotQuotes;
  }

  public synchronized void start() {
    if (feed != null || failure != null) {
      return;
    }
    FeedConfig.Polygon p = config.polygon();
    starting = true;
    try {
      LiveSettings live = new LiveSettings(URI.create(p.wsUrl()), p.apiKey().orElse(null), p.subscribe(),
          p.backfillSymbols().orElse(List.of()), p.queueCapacity(), p.reconnectInitial(), p.reconnectMax(),
          p.maxConnectionsBackoff(), p.reconnectMax(), Duration.ofSeconds(30), Duration.ofSeconds(5));
      PolygonRestClient rest = new PolygonRestClient(RestSettings.of(p.restUrl(), p.apiKey().orElse(null),
          p.restRatePerSecond(), p.restMaxAttempts(), p.restMaxBackoff()));
      if (p.loadReference()) {
        // loaded beside the live feed (a slow or failing REST API must not delay it), then checked hourly
        reference = new ReferenceData(rest, Instant::now, Duration.ofDays(1));
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "polygon-reference");
          t.setDaemon(true);
          return t;
        });
        refresher.scheduleWithFixedDelay(reference::refreshIfStale, 0, 1, TimeUnit.HOURS);
        // tickers, splits, dividends and the calendar into PostgreSQL for the API, on the same thread
        FeedConfig.Replay db = config.replay();
        ReferenceRefresh tables = ReferenceRefresh.daily(new ReferenceLoader(rest, new ReferenceStore(db.jdbcUrl(),
            db.jdbcUser(), db.jdbcPassword().orElse(null))));
        refresher.scheduleWithFixedDelay(tables::refreshIfStale, 0, 1, TimeUnit.HOURS);
        // Polygon's market status against the calendar every hour (the daily load checks it too): an
        // unscheduled closure is logged as a warning the same hour
        refresher.scheduleWithFixedDelay(() -> MarketStatusCheck.fetchAndCheck(rest, () -> CalendarTable
            .loadOrBuiltIn(db.jdbcUrl(), db.jdbcUser(), db.jdbcPassword().orElse(null))), 1, 1, TimeUnit.HOURS);
      }
      TopicCatalog catalog = TopicCatalog.forPrefix(config.feed().topicPrefix().orElse(""));
      ProducerSettings producer = ProducerSettingsFactory.from(config.kafka(), null);
      trades = new KafkaLiveTrades(producer, catalog, metrics);
      quotes = new QuotePublisher(producer, catalog, "feed-polygon-quotes", metrics);
      aggregates = new AggPublisher(producer, catalog, "feed-polygon-aggs", metrics);
      LiveMarketData sink = new LiveMarketData(trades, quotes, aggregates, hotQuotes.get(), registry);
      feed = new PolygonLiveFeed(live, sink, new RestGapFiller(rest), registry).start();
    } catch (RuntimeException e) {
      failure = e.getMessage();
      LOG.error("Polygon feed not started: " + e.getMessage());
    } finally {
      starting = false;
    }
  }

  /** True while {@link #start} creates topics and the producer (before the feed exists). */
  public boolean starting() {
    return starting;
  }

  void onStop(@Observes ShutdownEvent event) {
    PolygonLiveFeed f = feed;
    if (f != null) {
      f.close();
      trades.close();
      quotes.close();
      aggregates.close();
    }
    if (refresher != null) {
      refresher.shutdownNow();
    }
  }

  public PolygonLiveFeed feed() {
    return feed;
  }

  public String failure() {
    PolygonLiveFeed f = feed;
    return failure != null ? failure : f == null ? null : f.failure();
  }

  public ReferenceData reference() {
    return reference;
  }
}
