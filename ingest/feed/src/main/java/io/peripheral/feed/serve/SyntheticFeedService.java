package io.peripheral.feed.serve;

import io.peripheral.feed.calendar.CalendarTable;
import io.peripheral.feed.config.FeedConfig;
import io.peripheral.feed.hotquote.HotQuoteWriter;
import io.peripheral.feed.produce.AsyncBatchSink;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.KafkaTradeSink;
import io.peripheral.feed.produce.PartitionBatcher;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.feed.produce.ProducerSettingsFactory;
import io.peripheral.feed.produce.QuotePublisher;
import io.peripheral.feed.produce.TradeRowSink;
import io.peripheral.feed.synthetic.MarketHoursSchedule;
import io.peripheral.feed.synthetic.SyntheticHours;
import io.peripheral.feed.synthetic.SyntheticQuotes;
import io.peripheral.feed.synthetic.SyntheticSettings;
import io.peripheral.feed.synthetic.SyntheticTrades;
import io.peripheral.feed.synthetic.TradingSchedule;
import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * The live synthetic feed: a thread generating {@link SyntheticTrades} whose simulated clock starts now and is
 * held to wall-clock pace, so bars form live; produced to the live trades topic. With {@code SYNTHETIC_HOURS=market}
 * (the default) it follows the market calendar (the market_calendar table over the built-in NYSE rules): its clock
 * jumps over nights, weekends and holidays, so the thread waits there, idle, until the next pre-market; the log
 * says so at start and at every change ({@link SyntheticHoursLog}). Half the trades are followed by a
 * synthetic NBBO quote ({@link SyntheticQuotes}) on the quotes topic; every trade and quote also goes to the
 * hot-quote cache ({@link HotQuoteWriter}, which never blocks and survives Redis outages). A Kafka send failure
 * stops it and turns the health check down (never a silent drop).
 */
@ApplicationScoped
public class SyntheticFeedService {
  private static final Logger LOG = Logger.getLogger(SyntheticFeedService.class);

  /** What the health check reports. */
  public enum State { IDLE, RUNNING, FAILED, STOPPED }

  private final FeedConfig config;
  private final FeedMetrics metrics;
  private final Instance<HotQuoteWriter> hotQuotes;
  private volatile State state = State.IDLE;
  private volatile String failure;
  private volatile long produced;
  private volatile boolean stopping;
  private volatile SyntheticHoursLog hoursLog;
  private Thread thread;

  public SyntheticFeedService(FeedConfig config, FeedMetrics metrics, Instance<HotQuoteWriter> hotQuotes) {
    this.config = config;
    this.metrics = metrics;
    this.hotQuotes = hotQuotes;
  }

  public synchronized void start() {
    if (thread != null) {
      return;
    }
    FeedConfig.Feed f = config.feed();
    SyntheticSettings settings = new SyntheticSettings(f.symbols(), f.rate(), f.seed(), f.zipfExponent(),
        f.oddLotFraction(), f.lateFraction());
    SyntheticHours hours;
    try {
      hours = SyntheticHours.parse(f.hours());
    } catch (IllegalArgumentException e) {
      failure = e.getMessage();
      state = State.FAILED;
      LOG.error("synthetic feed not started: " + e.getMessage());
      return;
    }
    TradingSchedule schedule = hours == SyntheticHours.ALWAYS ? TradingSchedule.always() : marketHours();
    hoursLog = new SyntheticHoursLog(schedule, hours, settings.rate());
    ProducerSettings producer = ProducerSettingsFactory.from(config.kafka(), null);
    HotQuoteWriter cache = hotQuotes.get();
    thread = new Thread(() -> run(settings, schedule, producer, cache), "synthetic-feed");
    thread.setDaemon(true);
    state = State.RUNNING;
    thread.start();
  }

  private MarketHoursSchedule marketHours() {
    FeedConfig.Replay db = config.replay();
    return new MarketHoursSchedule(CalendarTable.loadOrBuiltIn(db.jdbcUrl(), db.jdbcUser(),
        db.jdbcPassword().orElse(null)));
  }

  private void run(SyntheticSettings settings, TradingSchedule schedule, ProducerSettings producer,
      HotQuoteWriter cache) {
    TopicCatalog catalog = TopicCatalog.forPrefix(config.feed().topicPrefix().orElse(""));
    LOG.infof("synthetic feed: %d symbols, %.0f ticks/s, seed %d, SYNTHETIC_HOURS=%s -> %s on %s",
        settings.symbols(), settings.rate(), settings.seed(), config.feed().hours(), catalog.trades().name(),
        producer.bootstrap());
    try {
      TopicAdmin.ensureTopics(producer.bootstrap(), catalog);
      try (KafkaTradeSink sink = KafkaTradeSink.open(producer, catalog.trades().name(), "feed-synthetic", metrics);
          AsyncBatchSink sender = new AsyncBatchSink(sink, 8, "synthetic-sender");
          QuotePublisher quotePublisher = new QuotePublisher(producer, catalog, "feed-synthetic-quotes", metrics)) {
        PartitionBatcher batcher = sender.batcher(catalog.trades().partitions(), producer.batchRows(),
            producer.linger());
        SyntheticQuotes quotes = new SyntheticQuotes(settings.seed(), 0.5);
        Instant now = Instant.now();
        SyntheticTrades trades = new SyntheticTrades(settings, now, schedule);
        TradeRowSink row = (symbol, sip, participant, price, size, exchange, tape, conditions, id, sequence) -> {
          batcher.add(symbol, sip, participant, price, size, exchange, tape, conditions, id, sequence);
          cache.onTrade(symbol, new LastTrade(price, size, exchange, conditions, sip));
          Quote q = quotes.after(symbol, price, sip, tape);
          if (q != null) {
            quotePublisher.add(q);
            cache.onQuote(q);
          }
        };
        long wallStart = System.nanoTime();
        long simStart = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        long n = 0;
        while (!stopping) {
          long wall = simStart + (System.nanoTime() - wallStart);
          hoursLog.observe(trades.period(), wall);
          long ahead = trades.clockNanos() - wall;
          if (ahead > 1_000_000L) {
            batcher.flushDue();
            quotePublisher.flushDue();
            LockSupport.parkNanos(Math.min(ahead, 20_000_000L));
            continue;
          }
          trades.nextInto(row);
          produced = ++n;
        }
        batcher.flushAll();
        quotePublisher.flush();
        sender.drain();
        sink.flush();
      }
      state = State.STOPPED;
    } catch (RuntimeException e) {
      failure = e.getMessage();
      state = State.FAILED;
      LOG.error("synthetic feed failed and stopped: " + e.getMessage(), e);
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  public void stop() {
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t == null) {
      return;
    }
    stopping = true;
    try {
      t.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public State state() {
    return state;
  }

  public String failure() {
    return failure;
  }

  public long produced() {
    return produced;
  }

  /** What the feed does under SYNTHETIC_HOURS now ("market closed (Thanksgiving) until ..."); null before start. */
  public String hoursState() {
    SyntheticHoursLog log = hoursLog;
    return log == null ? null : log.state();
  }
}
