package io.peripheral.feed.hotquote;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.trade.Trade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Keeps the hot-quote cache current: any source (synthetic feed, live Polygon client, ...) hands it every
 * {@link Trade} and {@link Quote}; it remembers only the newest per symbol (by SIP time) and a flusher thread writes
 * each symbol at most once per {@code minInterval}, all due symbols in one pipelined round trip. {@link #onTrade}
 * and {@link #onQuote} never block on Redis and are safe from any thread.
 *
 * <p>Redis down never stops the feed: a failed write is counted and logged (at most every 10 s), its updates go
 * back to their slots unless newer ones arrived, and the flusher retries with a backoff doubling from 100 ms to
 * {@code maxBackoff}. Memory is bounded by the number of symbols.
 */
public final class HotQuoteWriter implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(HotQuoteWriter.class);
  /** Symbols per pipeline (two commands each): well below the Redis client's waiting-handler limit. */
  private static final int MAX_PIPELINE = 500;
  private static final long TICK_NANOS = 5_000_000L;
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;
  private static final long FIRST_BACKOFF_NANOS = 100_000_000L;

  private final HotQuoteStore store;
  private final long minIntervalNanos;
  private final Duration ttl;
  private final long maxBackoffNanos;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, SymbolSlot> slots = new ConcurrentHashMap<>();
  private final Set<SymbolSlot> dirty = ConcurrentHashMap.newKeySet();
  private final Counter written;
  private final Counter pipelines;
  private final Counter failures;
  private final Counter stale;
  private volatile boolean running;
  private Thread flusher;
  private long backoffNanos;
  private long retryAt;
  private long lastFailureLog;
  private long failedSinceLog;
  private volatile String lastError;

  public HotQuoteWriter(HotQuoteStore store, Duration minInterval, Duration ttl, Duration maxBackoff,
      MeterRegistry registry, LongSupplier nanoClock) {
    this.store = store;
    this.minIntervalNanos = minInterval.toNanos();
    this.ttl = ttl;
    this.maxBackoffNanos = Math.max(FIRST_BACKOFF_NANOS, maxBackoff.toNanos());
    this.clock = nanoClock;
    this.written = Counter.builder("peripheral.feed.hotquotes.written")
        .description("Symbol entries written to the hot-quote cache").register(registry);
    this.pipelines = Counter.builder("peripheral.feed.hotquotes.pipelines")
        .description("Pipelined writes to the hot-quote cache").register(registry);
    this.failures = Counter.builder("peripheral.feed.hotquotes.failures")
        .description("Pipelined writes that failed (Redis down or slow); retried").register(registry);
    this.stale = Counter.builder("peripheral.feed.hotquotes.stale")
        .description("Trades and quotes older than the newest of their symbol, not cached").register(registry);
    registry.gaugeCollectionSize("peripheral.feed.hotquotes.pending", List.of(), dirty);
  }

  public HotQuoteWriter(HotQuoteStore store, Duration minInterval, Duration ttl, Duration maxBackoff,
      MeterRegistry registry) {
    this(store, minInterval, ttl, maxBackoff, registry, System::nanoTime);
  }

  /** Starts the flusher thread (idempotent). */
  public synchronized HotQuoteWriter start() {
    if (flusher == null) {
      running = true;
      flusher = new Thread(this::loop, "hot-quote-writer");
      flusher.setDaemon(true);
      flusher.start();
    }
    return this;
  }

  public void onTrade(Trade t) {
    onTrade(t.symbol(), LastTrade.of(t));
  }

  /** The same for a source that has no {@link Trade} object (the synthetic generator's row path). */
  public void onTrade(String symbol, LastTrade last) {
    SymbolSlot slot = slot(symbol);
    if (slot.offer(last)) {
      dirty.add(slot);
    } else {
      stale.increment();
    }
  }

  public void onQuote(Quote q) {
    SymbolSlot slot = slot(q.symbol());
    if (slot.offer(Nbbo.of(q))) {
      dirty.add(slot);
    } else {
      stale.increment();
    }
  }

  private SymbolSlot slot(String symbol) {
    SymbolSlot s = slots.get(symbol);
    return s != null ? s : slots.computeIfAbsent(symbol, SymbolSlot::new);
  }

  private void loop() {
    while (running) {
      flushDue();
      LockSupport.parkNanos(TICK_NANOS);
    }
    flushDue(); // what arrived before close
  }

  /**
   * Writes every due symbol now (one pipeline per {@value #MAX_PIPELINE} symbols); the flusher thread calls it
   * every 5 ms. Returns how many symbols were written. Public for tests and for callers that run no thread.
   */
  public int flushDue() {
    long now = clock.getAsLong();
    if (retryAt != 0 && now - retryAt < 0) {
      return 0;
    }
    List<HotQuoteUpdate> batch = new ArrayList<>();
    List<SymbolSlot> taken = new ArrayList<>();
    for (Iterator<SymbolSlot> it = dirty.iterator(); it.hasNext(); ) {
      SymbolSlot slot = it.next();
      if (!slot.due(now, minIntervalNanos)) {
        continue;
      }
      it.remove(); // before take: an update racing with us re-marks the slot dirty
      HotQuoteUpdate u = slot.take(now);
      if (u != null) {
        batch.add(u);
        taken.add(slot);
      }
    }
    int done = 0;
    for (int from = 0; from < batch.size(); from += MAX_PIPELINE) {
      int to = Math.min(batch.size(), from + MAX_PIPELINE);
      List<HotQuoteUpdate> part = batch.subList(from, to);
      try {
        store.write(part, ttl);
        pipelines.increment();
        written.increment(part.size());
        done += part.size();
        recovered();
      } catch (RuntimeException e) {
        failed(e, batch.subList(from, batch.size()), taken.subList(from, taken.size()), now);
        break;
      }
    }
    return done;
  }

  private void failed(RuntimeException e, List<HotQuoteUpdate> unwritten, List<SymbolSlot> slotsOf, long now) {
    failures.increment();
    for (int i = 0; i < unwritten.size(); i++) {
      slotsOf.get(i).restore(unwritten.get(i));
      dirty.add(slotsOf.get(i));
    }
    backoffNanos = backoffNanos == 0 ? FIRST_BACKOFF_NANOS : Math.min(maxBackoffNanos, backoffNanos * 2);
    retryAt = now + backoffNanos;
    lastError = e.getMessage();
    failedSinceLog++;
    if (lastFailureLog == 0 || now - lastFailureLog >= LOG_EVERY_NANOS) {
      LOG.warnf("hot-quote cache write failed (%d failure(s) since the last report; retrying in %d ms, the feed "
          + "goes on): %s", failedSinceLog, backoffNanos / 1_000_000, e.getMessage());
      lastFailureLog = now;
      failedSinceLog = 0;
    }
  }

  private void recovered() {
    if (backoffNanos != 0) {
      LOG.infof("hot-quote cache writes succeed again");
    }
    backoffNanos = 0;
    retryAt = 0;
    lastError = null;
  }

  /** The last write error while Redis is failing, else null (for health data). */
  public String lastError() {
    return lastError;
  }

  public double writtenCount() {
    return written.count();
  }

  public double failureCount() {
    return failures.count();
  }

  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      t = flusher;
      running = false;
    }
    if (t != null) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
