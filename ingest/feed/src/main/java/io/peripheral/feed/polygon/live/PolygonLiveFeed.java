package io.peripheral.feed.polygon.live;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The live Polygon client: a connector thread that keeps one WebSocket session up (handshake, reconnect with
 * backoff and jitter, resubscribe to exactly the current subscriptions), a dedicated reader thread that only
 * queues frames, and a {@link LiveProcessor} thread that parses, de-duplicates, backfills gaps and produces.
 * {@code auth_failed} is fatal: the feed stops with a clear message instead of hammering Polygon with a bad key.
 */
public final class PolygonLiveFeed implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(PolygonLiveFeed.class);

  /** What the health check reports. */
  public enum State { IDLE, CONNECTING, STREAMING, BACKING_OFF, FAILED, STOPPED }

  private final LiveSettings settings;
  private final Subscriptions subscriptions;
  private final FrameQueue queue;
  private final ParseCounters counters = new ParseCounters();
  private final LiveMetrics metrics;
  private final LiveProcessor processor;
  private final Backoff backoff;
  private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> daemon(r, "polygon-ws-reader"));
  private final HttpClient http;
  private final Object lock = new Object();
  private volatile State state = State.IDLE;
  private volatile String failure;
  private volatile String lastDisconnect;
  private volatile boolean stopping;
  private volatile WebSocket current;
  private volatile PolygonConnection connection;
  private Thread connector;
  private Thread processing;

  public PolygonLiveFeed(LiveSettings settings, LiveEventSink sink, GapFiller filler, MeterRegistry registry) {
    this.settings = settings;
    this.subscriptions = new Subscriptions(settings.subscribe());
    this.queue = new FrameQueue(settings.queueCapacity());
    this.metrics = new LiveMetrics(registry, System::currentTimeMillis, queue, counters);
    this.processor = new LiveProcessor(queue, counters, sink, filler,
        () -> subscriptions.backfillSymbols(settings.backfillSymbols()), metrics, settings.dedupeWindow().toNanos());
    this.backoff = new Backoff(settings.reconnectInitial(), settings.reconnectMax(),
        settings.maxConnectionsBackoff(), settings.stableAfter(), 0.2, () -> ThreadLocalRandom.current().nextDouble());
    this.http = HttpClient.newBuilder().executor(reader).connectTimeout(Duration.ofSeconds(10)).build();
  }

  public synchronized PolygonLiveFeed start() {
    if (connector == null) {
      processing = daemon(processor, "polygon-processor");
      connector = daemon(this::connectLoopGuarded, "polygon-connector");
      processing.start();
      connector.start();
    }
    return this;
  }

  /** A bug in the loop must not leave a silently dead feed: it turns health down with the cause. */
  private void connectLoopGuarded() {
    try {
      connectLoop();
    } catch (RuntimeException | Error e) {
      failure = "the connector stopped: " + e;
      state = State.FAILED;
      LOG.error(failure, e);
    }
  }

  private void connectLoop() {
    LOG.infof("Polygon live feed: %s, subscriptions %s", settings.wsUrl(), subscriptions.params());
    while (!stopping) {
      state = State.CONNECTING;
      long started = System.nanoTime();
      PolygonConnection.Outcome outcome = session();
      if (stopping) {
        break;
      }
      if (outcome.truncatedFrame()) {
        metrics.truncatedFrames.increment();
      }
      if (outcome.end() == PolygonConnection.End.AUTH_FAILED) {
        failure = "Polygon rejected the API key (auth_failed: " + outcome.detail()
            + "). Check POLYGON_API_KEY and the plan's access to " + settings.wsUrl().getHost()
            + "; not reconnecting.";
        state = State.FAILED;
        LOG.error(failure);
        return;
      }
      lastDisconnect = outcome.end() + ": " + outcome.detail();
      queue.markGap(outcome.detail());
      metrics.reconnects.increment();
      Duration delay = backoff.next(outcome.end() == PolygonConnection.End.MAX_CONNECTIONS,
          Duration.ofNanos(System.nanoTime() - started));
      state = State.BACKING_OFF;
      LOG.warnf("Polygon session ended (%s: %s); reconnecting in %d ms", outcome.end(), outcome.detail(),
          delay.toMillis());
      pause(delay);
    }
    state = State.STOPPED;
  }

  private PolygonConnection.Outcome session() {
    PolygonConnection conn = new PolygonConnection(settings.apiKey(), subscriptions::params, queue);
    connection = conn;
    WebSocket ws;
    try {
      ws = http.newWebSocketBuilder().buildAsync(settings.wsUrl(), conn)
          .get(settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      return new PolygonConnection.Outcome(PolygonConnection.End.DISCONNECTED, "could not connect: " + cause, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PolygonConnection.Outcome(PolygonConnection.End.DISCONNECTED, "interrupted", false);
    }
    current = ws;
    try {
      try {
        CompletableFuture.anyOf(conn.authSucceeded(), conn.ended())
            .get(settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        ws.abort();
        return new PolygonConnection.Outcome(PolygonConnection.End.DISCONNECTED,
            "no auth reply within " + settings.handshakeTimeout(), false);
      }
      if (!conn.ended().isDone()) {
        state = State.STREAMING;
      }
      return conn.ended().get();
    } catch (ExecutionException e) {
      return new PolygonConnection.Outcome(PolygonConnection.End.DISCONNECTED, e.getCause().toString(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ws.abort();
      return new PolygonConnection.Outcome(PolygonConnection.End.DISCONNECTED, "interrupted", false);
    } finally {
      current = null;
    }
  }

  private void pause(Duration delay) {
    long deadline = System.nanoTime() + delay.toNanos();
    synchronized (lock) {
      long left;
      while (!stopping && (left = deadline - System.nanoTime()) > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Adds channels ({@code T.AAPL,Q.AAPL}); sent at once when connected, and on every reconnect. */
  public void subscribe(String spec) {
    List<String> channels = Subscriptions.parse(spec);
    subscriptions.add(channels);
    send("subscribe", channels);
  }

  public void unsubscribe(String spec) {
    List<String> channels = Subscriptions.parse(spec);
    subscriptions.remove(channels);
    send("unsubscribe", channels);
  }

  private void send(String action, List<String> channels) {
    WebSocket ws = current;
    PolygonConnection conn = connection;
    if (ws != null && conn != null && conn.authenticated() && !channels.isEmpty()) {
      // on the reader thread, which also sends the handshake: one send at a time, as WebSocket requires
      reader.execute(() -> ws.sendText("{\"action\":\"" + action + "\",\"params\":\"" + String.join(",", channels)
          + "\"}", true));
    }
  }

  public List<String> subscriptions() {
    return subscriptions.current();
  }

  public State state() {
    Throwable t = processor.failure();
    return t != null ? State.FAILED : state;
  }

  public String failure() {
    Throwable t = processor.failure();
    return t != null ? "processing failed: " + t.getMessage() : failure;
  }

  /** How the last session ended (null before the first end). */
  public String lastDisconnect() {
    return lastDisconnect;
  }

  public LiveMetrics metrics() {
    return metrics;
  }

  public ParseCounters parseCounters() {
    return counters;
  }

  public FrameQueue queue() {
    return queue;
  }

  public List<Gap> recentGaps() {
    return processor.recentGaps();
  }

  /** Subscription acknowledgements of the current session. */
  public int acknowledged() {
    PolygonConnection c = connection;
    return c == null ? 0 : c.acknowledged();
  }

  @Override
  public void close() {
    stopping = true;
    synchronized (lock) {
      lock.notifyAll();
    }
    WebSocket ws = current;
    if (ws != null) {
      ws.abort();
    }
    PolygonConnection c = connection;
    if (c != null) {
      c.ended().complete(new PolygonConnection.Outcome(PolygonConnection.End.DISCONNECTED, "stopped", false));
    }
    join(connector);
    processor.stop();
    join(processing);
    reader.shutdownNow();
    if (state != State.FAILED) {
      state = State.STOPPED;
    }
  }

  private static void join(Thread t) {
    if (t == null) {
      return;
    }
    try {
      t.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
