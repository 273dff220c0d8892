package io.peripheral.feed.polygon.backfill;

import io.peripheral.feed.order.SipOrderMerge;
import io.peripheral.feed.order.TradeSource;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.produce.AsyncBatchSink;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.KafkaTradeSink;
import io.peripheral.feed.produce.PartitionBatcher;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.feed.replay.ProgressWait;
import io.peripheral.feed.replay.Replay;
import io.peripheral.feed.replay.ReplayRepository;
import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code feed backfill}: loads whole trading days of trades for some symbols through REST (closed days skipped,
 * {@link BackfillPlan}) and runs them through the bar
 * topology exactly like a replay: in their own namespace {@code replay.backfill-<id>.} (so the live stream time
 * and the late-trade rule are not involved), merged in SIP order, closed by end-of-stream markers, awaited until
 * every bar is final. The bars service gives bars of a {@code backfill-} namespace {@code source=backfill}, which
 * supersedes live and replay bars of the same windows (precedence rebuild > backfill > replay/live): the
 * database never holds two versions of a window, so nothing is doubled.
 */
public final class Backfill {
  /** Namespace ids of backfills start with this; the bars service derives {@code source=backfill} from it. */
  public static final String ID_PREFIX = io.peripheral.schemas.bar.BarSource.BACKFILL_ID_PREFIX;

  /** What a run did. */
  public record Summary(String id, String status, long produced, long rejected, double seconds,
      List<String> skipped) {
    public Summary {
      skipped = List.copyOf(skipped);
    }

    public boolean succeeded() {
      return status.equals(Replay.COMPLETED) || status.equals(Replay.PRODUCED);
    }
  }

  private final PolygonRestClient client;
  private final ProducerSettings producer;
  private final ReplayRepository repository;
  private final FeedMetrics metrics;
  private final PrintStream out;

  public Backfill(PolygonRestClient client, ProducerSettings producer, ReplayRepository repository,
      FeedMetrics metrics, PrintStream out) {
    this.client = client;
    this.producer = producer;
    this.repository = repository;
    this.metrics = metrics;
    this.out = out;
  }

  /** Loads {@code range}, skipping the days {@code calendar} says are closed (each named in the output). */
  public Summary run(BackfillRange range, MarketCalendar calendar, String idSuffix, String rulesVersion,
      boolean noWait, Duration timeout) {
    BackfillPlan plan = BackfillPlan.of(range, calendar);
    String id = ID_PREFIX + idSuffix;
    TopicCatalog catalog = TopicCatalog.replay(id);
    long start = System.nanoTime();
    out.printf("backfill %s: %s %s..%s (America/New_York days) from %s into %s%n", id, range.symbols(),
        range.from(), range.to(), client.settings().baseUrl(), catalog.trades().name());
    TopicAdmin.ensureTopics(producer.bootstrap(), catalog);
    repository.start(id, "polygon-rest:" + String.join(",", range.symbols()) + ":" + range.from() + ".." + range.to(),
        rulesVersion);
    List<SymbolWindows> sources = new ArrayList<>();
    long produced = 0;
    try (KafkaTradeSink sink = KafkaTradeSink.open(producer, catalog.trades().name(), "feed-" + id, metrics);
        AsyncBatchSink sender = new AsyncBatchSink(sink, 8, "backfill-sender")) {
      for (String s : range.symbols()) {
        sources.add(new SymbolWindows(client, s, plan.windows()));
      }
      int partitions = catalog.trades().partitions();
      PartitionBatcher batcher = sender.batcher(partitions, producer.batchRows(), producer.linger());
      try (TradeSource merged = SipOrderMerge.of(sources)) {
        for (Trade t = merged.next(); t != null; t = merged.next()) {
          batcher.add(t);
          produced++;
        }
      }
      batcher.flushAll();
      sender.drain();
      sink.flush();
      sink.endOfStream(partitions);
      sink.flush();
    } catch (RuntimeException e) {
      repository.finish(id, rows(sources), rejected(sources), Replay.FAILED);
      throw e;
    }
    out.printf("  produced %,d trades (%,d REST results rejected) in %.2f s%n", produced, rejected(sources),
        (System.nanoTime() - start) / 1e9);
    String status = Replay.PRODUCED;
    if (!noWait) {
      boolean done = new ProgressWait(repository, out).await(id, Replay.expectedProgressRows(), timeout);
      status = done ? Replay.COMPLETED : Replay.TIMED_OUT;
    }
    repository.finish(id, rows(sources), rejected(sources), status);
    return new Summary(id, status, produced, rejected(sources), (System.nanoTime() - start) / 1e9,
        plan.skippedLines());
  }

  private static long rows(List<SymbolWindows> s) {
    return s.stream().mapToLong(SymbolWindows::rows).sum();
  }

  private static long rejected(List<SymbolWindows> s) {
    return s.stream().mapToLong(SymbolWindows::rejected).sum();
  }
}
