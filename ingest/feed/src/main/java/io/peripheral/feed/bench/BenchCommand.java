package io.peripheral.feed.bench;

import io.peripheral.feed.config.FeedConfig;
import io.peripheral.feed.produce.AsyncBatchSink;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.FeedSendException;
import io.peripheral.feed.produce.KafkaTradeSink;
import io.peripheral.feed.produce.PartitionBatcher;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.feed.produce.ProducerSettingsFactory;
import io.peripheral.feed.produce.TradeRowSink;
import io.peripheral.feed.synthetic.SyntheticSettings;
import io.peripheral.feed.synthetic.SyntheticTrades;
import io.peripheral.schemas.trade.TradeArrowEncoder;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed bench}: ticks/s from the synthetic source into a real broker, as per-partition Arrow batches (one
 * row per compression codec) and as one JSON record per tick (the baseline), in one run. Each case writes to a
 * throw-away replay namespace that is deleted afterwards. Prints a markdown table.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark: synthetic ticks into Kafka, Arrow batches vs one JSON record per tick.")
public class BenchCommand implements Callable<Integer> {
  private static final double TRADING_DAY_SECONDS = 6.5 * 3600;

  @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
  String bootstrap;

  @Option(names = "--ticks", description = "Ticks per Arrow case (default: ${DEFAULT-VALUE}).")
  long ticks = 10_000_000;

  @Option(names = "--json-ticks", description = "Ticks for the JSON baseline (default: ${DEFAULT-VALUE}).")
  long jsonTicks = 2_000_000;

  @Option(names = "--symbols", description = "Symbols (default: ${DEFAULT-VALUE}).")
  int symbols = 500;

  @Option(names = "--compression", split = ",", description = "Arrow cases' codecs (default: lz4,zstd).")
  List<String> compressions = List.of("lz4", "zstd");

  @Option(names = "--batch-rows", description = "Rows per Arrow record (default: ${DEFAULT-VALUE}).")
  int batchRows = 10_000;

  @Option(names = "--warmup", description = "Ticks generated and encoded first, unmeasured (default: ${DEFAULT-VALUE}).")
  long warmup = 2_000_000;

  @Option(names = "--seed", description = "Synthetic seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  private final FeedConfig config;

  @Inject
  public BenchCommand(FeedConfig config) {
    this.config = config;
  }

  record Row(String path, String codec, long n, long records, long bytes, double seconds, double cpuSeconds) {}

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  @Override
  public Integer call() {
    ProducerSettings base = ProducerSettingsFactory.from(config.kafka(), bootstrap).withBatchRows(batchRows);
    Instant open = ZonedDateTime.of(2025, 6, 2, 9, 30, 0, 0, ZoneId.of("America/New_York")).toInstant();
    List<Row> rows = new ArrayList<>();
    String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    List<TopicCatalog> namespaces = new ArrayList<>();
    try {
      encodeOnly(open, warmup);
      rows.add(generateOnly(open));
      rows.add(encodeOnly(open, ticks));
      // the Kafka path is new code to the JIT too: without this, the first timed row paid for compiling it
      TopicCatalog warm = TopicCatalog.replay(run + "-warmup");
      namespaces.add(warm);
      TopicAdmin.ensureTopics(base.bootstrap(), warm);
      arrow(base, warm, open, warmup);
      for (String codec : compressions) {
        TopicCatalog ns = TopicCatalog.replay(run + "-" + codec);
        namespaces.add(ns);
        TopicAdmin.ensureTopics(base.bootstrap(), ns);
        rows.add(arrow(base.withCompression(codec), ns, open, ticks));
      }
      TopicCatalog json = TopicCatalog.replay(run + "-json");
      namespaces.add(json);
      TopicAdmin.ensureTopics(base.bootstrap(), json);
      rows.add(json(base.withCompression("lz4"), json, open));
    } finally {
      deleteTopics(base.bootstrap(), namespaces);
    }
    print(rows);
    return 0;
  }

  private SyntheticTrades source(long n, Instant open) {
    return new SyntheticTrades(SyntheticSettings.defaults().withSymbols(symbols).withSeed(seed)
        .withRate(n / TRADING_DAY_SECONDS), open);
  }

  private Row generateOnly(Instant open) {
    SyntheticTrades src = source(ticks, open);
    long cpu = cpuNanos();
    long start = System.nanoTime();
    long[] checksum = {0};
    TradeRowSink sum = (symbol, sip, participant, price, size, exchange, tape, conditions, id, sequence) ->
        checksum[0] += sip;
    for (long i = 0; i < ticks; i++) {
      src.nextInto(sum);
    }
    double s = (System.nanoTime() - start) / 1e9;
    if (checksum[0] == 42) {
      System.out.print("");
    }
    return new Row("synthetic source only (no Kafka)", "-", ticks, 0, 0, s, (cpuNanos() - cpu) / 1e9);
  }

  private Row encodeOnly(Instant open, long ticks) {
    SyntheticTrades src = source(ticks, open);
    long[] counts = {0, 0};
    long cpu = cpuNanos();
    long start = System.nanoTime();
    TradeArrowEncoder encoder = new TradeArrowEncoder();
    PartitionBatcher batcher = new PartitionBatcher(TopicCatalog.TRADE_PARTITIONS, batchRows,
        java.time.Duration.ofHours(1), (p, batch) -> {
          counts[0]++;
          counts[1] += encoder.encode(batch).length;
        });
    for (long i = 0; i < ticks; i++) {
      src.nextInto(batcher);
    }
    batcher.flushAll();
    double s = (System.nanoTime() - start) / 1e9;
    encoder.close();
    return new Row("synthetic source + Arrow encoding (no Kafka)", "-", ticks, counts[0], counts[1], s,
        (cpuNanos() - cpu) / 1e9);
  }

  private Row arrow(ProducerSettings settings, TopicCatalog ns, Instant open, long ticks) {
    FeedMetrics metrics = FeedMetrics.detached();
    SyntheticTrades src = source(ticks, open);
    long cpu = cpuNanos();
    long start = System.nanoTime();
    try (KafkaTradeSink sink = KafkaTradeSink.open(settings, ns.trades().name(), "feed-bench", metrics);
        AsyncBatchSink sender = new AsyncBatchSink(sink, 8, "bench-sender")) {
      PartitionBatcher batcher = sender.batcher(ns.trades().partitions(), settings.batchRows(), settings.linger());
      for (long i = 0; i < ticks; i++) {
        src.nextInto(batcher);
      }
      batcher.flushAll();
      sender.drain();
      sink.flush();
    }
    double s = (System.nanoTime() - start) / 1e9;
    return new Row("Arrow batches (" + settings.batchRows() + " rows/record)", settings.compression(), ticks,
        (long) metrics.records(), 0, s, (cpuNanos() - cpu) / 1e9);
  }

  private Row json(ProducerSettings settings, TopicCatalog ns, Instant open) {
    Properties props = settings.kafkaProperties("feed-bench-json");
    SyntheticTrades src = source(jsonTicks, open);
    JsonTicks encoder = new JsonTicks();
    java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
    long bytes = 0;
    long cpu = 0;
    long start = 0;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      String topic = ns.trades().name();
      primeJsonPartitions(producer, topic, ns.trades().partitions());
      cpu = cpuNanos();
      start = System.nanoTime();
      for (long i = 0; i < jsonTicks; i++) {
        Trade t = src.next();
        byte[] value = encoder.encode(t);
        bytes += value.length;
        producer.send(new ProducerRecord<>(topic, t.symbol().getBytes(), value), (m, e) -> {
          if (e != null) {
            failure.compareAndSet(null, e);
          }
        });
      }
      producer.flush();
    }
    if (failure.get() != null) {
      throw new FeedSendException("JSON baseline: Kafka rejected a record: " + failure.get().getMessage(),
          failure.get());
    }
    double s = (System.nanoTime() - start) / 1e9;
    return new Row("JSON, one record per tick (baseline)", settings.compression(), jsonTicks, jsonTicks, bytes, s,
        (cpuNanos() - cpu) / 1e9);
  }

  /** One awaited record per partition of the new topic first (see KafkaTradeSink: KAFKA-15591). */
  private static void primeJsonPartitions(KafkaProducer<byte[], byte[]> producer, String topic, int partitions) {
    try {
      for (int p = 0; p < partitions; p++) {
        producer.send(new ProducerRecord<>(topic, p, null, "{}".getBytes())).get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FeedSendException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new FeedSendException("JSON baseline: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private void print(List<Row> rows) {
    System.out.printf("%n## Feed: synthetic ticks into Kafka (%s)%n%n", bootstrapShown());
    System.out.printf("Data: %d symbols (Zipf 1.1), one trading day of simulated time (6.5 h), seed %d, "
        + "%d cores, JVM %s, after a warm-up of %,d ticks encoded and %,d produced.%n%n", symbols, seed, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), warmup, warmup);
    System.out.println("| Path | Compression | N ticks | Symbols | Time span | Records | Value MB | Seconds | Ticks/s "
        + "| Feed CPU s | Ticks per feed CPU-second |");
    System.out.println("|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      System.out.printf("| %s | %s | %,d | %d | 6.5 h | %,d | %s | %.2f | %,.0f | %.2f | %,.0f |%n", r.path(),
          r.codec(), r.n(), symbols, r.records(), r.bytes() > 0 ? String.format("%.0f", r.bytes() / 1e6) : "-",
          r.seconds(), r.n() / r.seconds(), r.cpuSeconds(), r.n() / r.cpuSeconds());
    }
  }

  private String bootstrapShown() {
    return bootstrap != null ? bootstrap : config.kafka().bootstrap();
  }

  private static void deleteTopics(String bootstrap, List<TopicCatalog> namespaces) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(p)) {
      for (TopicCatalog ns : namespaces) {
        try {
          TopicAdmin.deleteReplayTopics(admin, ns);
        } catch (RuntimeException e) {
          System.err.println("could not delete bench topics " + ns.prefix() + "*: " + e.getMessage());
        }
      }
    }
  }
}
