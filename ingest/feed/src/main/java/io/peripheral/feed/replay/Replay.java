package io.peripheral.feed.replay;

import io.peripheral.feed.FeedException;
import io.peripheral.feed.order.ExternalSort;
import io.peripheral.feed.order.SipOrder;
import io.peripheral.feed.order.SipOrderMerge;
import io.peripheral.feed.order.TradeSource;
import io.peripheral.feed.polygon.PolygonTradesReader;
import io.peripheral.feed.polygon.RejectLog;
import io.peripheral.feed.polygon.RejectSink;
import io.peripheral.feed.produce.AsyncBatchSink;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.KafkaTradeSink;
import io.peripheral.feed.produce.PartitionBatcher;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One replay: Polygon trade files, merged in SIP order (files not in SIP order are sorted externally first),
 * produced as per-partition Arrow batches into the replay's own namespace, closed with an end-of-stream marker
 * per partition, then (unless --no-wait) awaited until the bars service has every bar final in the database.
 */
public final class Replay {
  public static final String COMPLETED = "completed";
  public static final String PRODUCED = "produced";
  public static final String FAILED = "failed";
  public static final String TIMED_OUT = "timed_out";

  private final ReplayOptions options;
  private final ProducerSettings producer;
  private final ReplayRepository repository;
  private final FeedMetrics metrics;
  private final PrintStream out;

  public Replay(ReplayOptions options, ProducerSettings producer, ReplayRepository repository, FeedMetrics metrics,
      PrintStream out) {
    this.options = options;
    this.producer = producer;
    this.repository = repository;
    this.metrics = metrics;
    this.out = out;
  }

  /** Bar topic partitions whose completion marks the replay done: every interval times every partition. */
  public static int expectedProgressRows() {
    return Interval.values().length * TopicCatalog.BAR_PARTITIONS;
  }

  /**
   * Runs the replay. Input problems (missing or empty files, bad id) throw before anything is created; a
   * Kafka or database failure throws after marking the replay failed.
   */
  public ReplaySummary run() {
    List<Path> files = ReplayFiles.expand(options.files());
    for (Path f : files) {
      PolygonTradesReader.open(f, RejectSink.DISCARD).close();
    }
    String id = options.id() != null ? options.id() : ReplayIds.generate();
    TopicCatalog catalog = TopicCatalog.replay(id);
    Path rejectsPath = options.rejects() != null ? options.rejects() : Path.of("replay-" + id + "-rejects.log");
    String fileList = files.stream().map(Path::toString).collect(Collectors.joining(","));

    out.printf("replay %s: %d file(s), speed %s, topic %s%n", id, files.size(), options.speed(),
        catalog.trades().name());
    long start = System.nanoTime();
    TopicAdmin.ensureTopics(producer.bootstrap(), catalog);
    repository.start(id, fileList, options.rulesVersion());
    long produceStart = System.nanoTime();

    List<PolygonTradesReader> readers = new ArrayList<>();
    long produced = 0;
    double produceSeconds;
    try (RejectLog rejects = new RejectLog(rejectsPath, metrics::rejected);
        KafkaTradeSink sink = KafkaTradeSink.open(producer, catalog.trades().name(), "feed-replay-" + id, metrics);
        AsyncBatchSink sender = new AsyncBatchSink(sink, 8, "replay-sender")) {
      TradeSource merged = SipOrderMerge.of(openAll(files, rejects, readers));
      int partitions = catalog.trades().partitions();
      PartitionBatcher batcher = sender.batcher(partitions, producer.batchRows(), producer.linger());
      Pacer pacer = new Pacer(options.speed());
      long nextReport = System.nanoTime() + 5_000_000_000L;
      try (merged) {
        for (Trade t = merged.next(); t != null; t = merged.next()) {
          pacer.await(t.sipTimestamp(), batcher::flushDue);
          batcher.add(t);
          if ((++produced & 0xFFFF) == 0 && System.nanoTime() > nextReport) {
            nextReport = System.nanoTime() + 5_000_000_000L;
            out.printf("  %,d trades produced%n", produced);
          }
        }
      }
      batcher.flushAll();
      sender.drain();
      sink.flush();
      sink.endOfStream(partitions);
      sink.flush();
      produceSeconds = seconds(produceStart);
      out.printf("  produced %,d trades and %d end-of-stream markers in %.2f s%n", produced, partitions, produceSeconds);
    } catch (RuntimeException e) {
      safeFinish(id, readers, FAILED);
      throw e;
    }

    long rowsRead = readers.stream().mapToLong(PolygonTradesReader::rowsRead).sum();
    long rowsRejected = readers.stream().mapToLong(PolygonTradesReader::rowsRejected).sum();
    String status = PRODUCED;
    double finalSeconds = -1;
    if (!options.noWait()) {
      boolean done = new ProgressWait(repository, out).await(id, expectedProgressRows(), options.waitTimeout());
      status = done ? COMPLETED : TIMED_OUT;
      finalSeconds = done ? seconds(start) : -1;
    }
    repository.finish(id, rowsRead, rowsRejected, status);
    return new ReplaySummary(id, status, files.size(), rowsRead, rowsRejected, produced, produceSeconds, finalSeconds,
        rejectsPath);
  }

  private List<TradeSource> openAll(List<Path> files, RejectSink rejects, List<PolygonTradesReader> readers) {
    List<TradeSource> sources = new ArrayList<>();
    for (Path f : files) {
      boolean sorted = SipOrder.isSorted(() -> PolygonTradesReader.open(f, RejectSink.DISCARD));
      PolygonTradesReader reader = PolygonTradesReader.open(f, rejects);
      readers.add(reader);
      if (sorted) {
        sources.add(reader);
      } else {
        out.printf("  %s is not in SIP-timestamp order: sorting it (runs of %,d rows in %s)%n", f,
            options.sortRunRows(), options.tempDir());
        sources.add(ExternalSort.sort(reader, options.sortRunRows(), options.tempDir()));
      }
    }
    return sources;
  }

  private void safeFinish(String id, List<PolygonTradesReader> readers, String status) {
    try {
      repository.finish(id, readers.stream().mapToLong(PolygonTradesReader::rowsRead).sum(),
          readers.stream().mapToLong(PolygonTradesReader::rowsRejected).sum(), status);
    } catch (FeedException e) {
      out.println("  (could not mark the replay " + status + ": " + e.getMessage() + ")");
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
