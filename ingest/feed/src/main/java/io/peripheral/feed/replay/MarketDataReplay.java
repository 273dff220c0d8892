package io.peripheral.feed.replay;

import io.peripheral.feed.FeedException;
import io.peripheral.feed.flatfile.FlatFileKind;
import io.peripheral.feed.flatfile.PolygonAggsReader;
import io.peripheral.feed.flatfile.PolygonQuotesReader;
import io.peripheral.feed.flatfile.RowSource;
import io.peripheral.feed.polygon.RejectLog;
import io.peripheral.feed.polygon.RejectSink;
import io.peripheral.feed.produce.AggPublisher;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.KafkaRecordSink;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.feed.produce.QuoteBatcher;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.Timespan;
import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.quote.QuoteArrowCodec;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A replay of quotes or Polygon aggregates flat files into a replay namespace: quotes as per-partition Arrow
 * batches on {@code quotes.v1}, aggregates as JSON keyed by symbol on {@code polygon.aggs.v1}. Files are read one
 * after the other in the given (date) order; Polygon sorts each file by ticker then time, so each symbol's rows stay
 * in time order on its partition without a global sort. Always at full speed (pacing needs SIP order across
 * symbols). Afterwards every partition of the quotes topic (for quotes) and of the trades topic gets an
 * end-of-stream marker, so the bars service closes the namespace's (empty) bar builder as for any replay.
 */
public final class MarketDataReplay {
  private final ReplayOptions options;
  private final FlatFileKind kind;
  private final List<Path> files;
  private final ProducerSettings producer;
  private final ReplayRepository repository;
  private final FeedMetrics metrics;
  private final PrintStream out;

  public MarketDataReplay(ReplayOptions options, FlatFileKind kind, List<Path> files, ProducerSettings producer,
      ReplayRepository repository, FeedMetrics metrics, PrintStream out) {
    if (kind == FlatFileKind.TRADES) {
      throw new IllegalArgumentException("trades replay through Replay, not MarketDataReplay");
    }
    if (!options.speed().isMax()) {
      throw new IllegalArgumentException("quotes and aggregates replay only at --speed max (files are sorted by "
          + "ticker, not by time, so pacing has no meaning); was " + options.speed());
    }
    this.options = options;
    this.kind = kind;
    this.files = List.copyOf(files);
    this.producer = producer;
    this.repository = repository;
    this.metrics = metrics;
    this.out = out;
  }

  public ReplaySummary run() {
    for (Path f : files) {
      open(f, RejectSink.DISCARD).close(); // fails on a missing, empty or foreign file before anything is created
    }
    String id = options.id() != null ? options.id() : ReplayIds.generate();
    TopicCatalog catalog = TopicCatalog.replay(id);
    String topic = kind == FlatFileKind.QUOTES ? catalog.quotes().name() : catalog.polygonAggs().name();
    Path rejectsPath = options.rejects() != null ? options.rejects() : Path.of("replay-" + id + "-rejects.log");
    out.printf("replay %s: %d %s file(s), topic %s%n", id, files.size(), kind.code(), topic);
    TopicAdmin.ensureTopics(producer.bootstrap(), catalog);
    repository.start(id, files.stream().map(Path::toString).collect(Collectors.joining(",")), null);
    long start = System.nanoTime();
    long read = 0;
    long rejected = 0;
    long produced = 0;
    try (RejectLog rejects = new RejectLog(rejectsPath, metrics::rejected);
        KafkaRecordSink sink = KafkaRecordSink.open(producer, "feed-replay-" + kind.code() + "-" + id)) {
      for (Path f : files) {
        try (RowSource<?> source = open(f, rejects)) {
          produced += kind == FlatFileKind.QUOTES ? sendQuotes(cast(source), sink, catalog)
              : sendAggs(cast(source), sink, catalog);
          read += source.rowsRead();
          rejected += source.rowsRejected();
        }
        out.printf("  %s: %,d rows read so far, %,d rejected%n", f, read, rejected);
      }
      sink.flush();
      if (kind == FlatFileKind.QUOTES) {
        sink.endOfStream(topic, catalog.quotes().partitions());
      }
      sink.endOfStream(catalog.trades().name(), catalog.trades().partitions());
      sink.flush();
    } catch (RuntimeException e) {
      try {
        repository.finish(id, read, rejected, Replay.FAILED);
      } catch (FeedException ignored) {
        out.println("  (could not mark the replay failed: " + ignored.getMessage() + ")");
      }
      throw e;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    repository.finish(id, read, rejected, Replay.PRODUCED);
    return new ReplaySummary(id, Replay.PRODUCED, files.size(), read, rejected, produced, seconds, -1, rejectsPath,
        kind == FlatFileKind.QUOTES ? "quotes" : "aggregates");
  }

  private long sendQuotes(RowSource<Quote> source, KafkaRecordSink sink, TopicCatalog catalog) {
    String topic = catalog.quotes().name();
    long[] count = {0};
    QuoteBatcher batcher = new QuoteBatcher(catalog.quotes().partitions(), producer.batchRows(), (batch, p) -> {
      byte[] value = QuoteArrowCodec.encode(batch);
      sink.send(topic, p, null, value, () -> metrics.produced(batch.size(), value.length));
      count[0] += batch.size();
    });
    for (Quote q = source.next(); q != null; q = source.next()) {
      batcher.add(q);
    }
    batcher.flushAll();
    return count[0];
  }

  private long sendAggs(RowSource<PolygonAgg> source, KafkaRecordSink sink, TopicCatalog catalog) {
    AggPublisher publisher = new AggPublisher(sink, catalog, metrics); // shares the sink: not closed here
    long n = 0;
    for (PolygonAgg a = source.next(); a != null; a = source.next()) {
      publisher.send(a);
      n++;
    }
    return n;
  }

  private RowSource<?> open(Path f, RejectSink rejects) {
    return switch (kind) {
      case QUOTES -> PolygonQuotesReader.open(f, rejects);
      case MINUTE_AGGS -> PolygonAggsReader.open(f, Timespan.MINUTE, rejects);
      case DAY_AGGS -> PolygonAggsReader.open(f, Timespan.DAY, rejects);
      case TRADES -> throw new IllegalStateException("trades replay through Replay");
    };
  }

  @SuppressWarnings("unchecked")
  private static <T> RowSource<T> cast(RowSource<?> source) {
    return (RowSource<T>) source;
  }
}
