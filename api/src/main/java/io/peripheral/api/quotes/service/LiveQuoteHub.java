package io.peripheral.api.quotes.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.api.quotes.config.QuotesConfig;
import io.peripheral.api.quotes.repository.QuoteCacheRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Live quotes for the WebSocket: polls the hot-quote cache for every subscribed symbol (one pipelined read per
 * {@code peripheral.quotes.poll-interval}) and hands each symbol's state to its subscribers when it changed.
 *
 * <p>Why polling and not Redis pub/sub: the cache is state, not events. A poll reads the newest state, so it is
 * conflated by construction and heals by itself after a Redis or API restart (no missed messages, no resubscribe
 * logic); its cost is bounded by the number of distinct subscribed symbols and the interval, not by market activity;
 * and the feed's writer stays a plain pipelined HSET with no second delivery path to keep consistent. The price is
 * up to one interval (250 ms) of extra latency on top of the writer's 50 ms conflation.
 */
@ApplicationScoped
public class LiveQuoteHub {
  private static final Logger LOG = Logger.getLogger(LiveQuoteHub.class);
  /** Symbols per pipelined read: stays far below the client's waiting-handler limit. */
  private static final int READ_CHUNK = 500;
  private final QuoteCacheRepository cache;
  private final Vertx vertx;
  private final long timerId;
  private final Object lock = new Object();
  private final Map<String, Set<QuoteSubscriber>> subscribers = new HashMap<>();
  private final Map<String, HotQuote> latest = new HashMap<>();
  private final AtomicBoolean polling = new AtomicBoolean();
  private final Counter polls;
  private final Counter failures;
  private volatile boolean down;

  public LiveQuoteHub(QuoteCacheRepository cache, QuotesConfig config, Vertx vertx, MeterRegistry registry) {
    this.cache = cache;
    this.vertx = vertx;
    this.polls = registry.counter("peripheral.api.quotes.polls");
    this.failures = registry.counter("peripheral.api.quotes.poll.failures");
    registry.gauge("peripheral.api.quotes.subscribed.symbols", this, hub -> hub.symbolCount());
    this.timerId = vertx.setPeriodic(config.pollInterval().toMillis(), id -> poll());
  }

  /** Adds the subscription; the subscriber then gets the symbol's snapshot (or an unavailable notice). */
  public void subscribe(String symbol, QuoteSubscriber subscriber) {
    synchronized (lock) {
      subscribers.computeIfAbsent(symbol, s -> new LinkedHashSet<>()).add(subscriber);
    }
    cache.read(List.of(symbol)).subscribe().with(
        found -> subscriber.onQuote(found.get(symbol), true),
        failure -> subscriber.onQuotesUnavailable(symbol, failure.getMessage()));
  }

  public void unsubscribe(String symbol, QuoteSubscriber subscriber) {
    synchronized (lock) {
      Set<QuoteSubscriber> set = subscribers.get(symbol);
      if (set != null) {
        set.remove(subscriber);
        if (set.isEmpty()) {
          subscribers.remove(symbol);
          latest.remove(symbol);
        }
      }
    }
  }

  private void poll() {
    List<String> symbols;
    synchronized (lock) {
      symbols = new ArrayList<>(subscribers.keySet());
    }
    if (symbols.isEmpty() || !polling.compareAndSet(false, true)) {
      return; // nothing subscribed, or the previous read has not answered yet
    }
    polls.increment();
    List<Uni<Map<String, HotQuote>>> reads = new ArrayList<>();
    for (int from = 0; from < symbols.size(); from += READ_CHUNK) {
      reads.add(cache.read(symbols.subList(from, Math.min(symbols.size(), from + READ_CHUNK))));
    }
    Uni.join().all(reads).andFailFast().subscribe().with(parts -> {
      Map<String, HotQuote> found = new HashMap<>();
      parts.forEach(found::putAll);
      polling.set(false);
      if (down) {
        down = false;
        LOG.info("quote cache readable again: live quotes resume");
      }
      deliver(found);
    }, failure -> {
      polling.set(false);
      failures.increment();
      if (!down) {
        down = true;
        LOG.warnf("quote cache unreadable, live quotes paused until it returns: %s", failure.getMessage());
        notifyUnavailable(failure.getMessage());
      }
    });
  }

  private void deliver(Map<String, HotQuote> found) {
    synchronized (lock) {
      for (HotQuote q : found.values()) {
        Set<QuoteSubscriber> set = subscribers.get(q.symbol());
        if (set == null || !q.isNewerThan(latest.get(q.symbol()))) {
          continue;
        }
        latest.put(q.symbol(), q);
        for (QuoteSubscriber s : set) {
          s.onQuote(q, false);
        }
      }
    }
  }

  private void notifyUnavailable(String message) {
    synchronized (lock) {
      subscribers.forEach((symbol, set) -> set.forEach(s -> s.onQuotesUnavailable(symbol, message)));
    }
  }

  int symbolCount() {
    synchronized (lock) {
      return subscribers.size();
    }
  }

  @PreDestroy
  void stop() {
    vertx.cancelTimer(timerId);
  }
}
