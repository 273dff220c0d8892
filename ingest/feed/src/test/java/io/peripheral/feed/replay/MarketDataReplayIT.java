package io.peripheral.feed.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.peripheral.feed.flatfile.FlatCsv;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.PolygonAggJson;
import io.peripheral.schemas.agg.Timespan;
import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.quote.QuoteArrowCodec;
import io.peripheral.schemas.quote.QuoteBatch;
import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotes and aggregates flat files replayed through the real command into the real test broker and read back. */
@QuarkusMainTest
class MarketDataReplayIT {
  private static final String BOOTSTRAP = System.getProperty("it.kafka.bootstrap", "localhost:19092");
  private static final String PG_URL =
      "jdbc:postgresql://localhost:" + System.getProperty("it.pg.port", "15432") + "/peripheral";
  private static final long T0 = 1_704_205_800_000_000_000L; // 2024-01-02T14:30:00Z
  private static final List<TopicCatalog> CREATED = new ArrayList<>();

  @BeforeAll
  static void migrate() {
    Flyway.configure().dataSource(PG_URL, "peripheral", "")
        .locations("filesystem:../../schemas/src/main/resources/db/migration")
        .validateOnMigrate(false).load().migrate();
  }

  @AfterAll
  static void deleteTopics() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
    try (Admin admin = Admin.create(p)) {
      CREATED.forEach(ns -> TopicAdmin.deleteReplayTopics(admin, ns));
    }
  }

  private static String newId(String what) {
    String id = "it-" + what + "-" + Long.toString(System.nanoTime(), 36);
    CREATED.add(TopicCatalog.replay(id));
    return id;
  }

  private static String[] args(String id, String... more) {
    List<String> a = new ArrayList<>(List.of("replay", "--id", id, "--bootstrap", BOOTSTRAP, "--jdbc-url", PG_URL));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  /** Quotes as Polygon writes them: sorted by ticker, then SIP time. */
  private static List<Quote> quotes(int n, long seed, long day) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double bid = 10 + r.nextInt(10_000) / 100.0;
      out.add(new Quote("Q" + r.nextInt(30), day + r.nextLong(23_400_000_000_000L), day - 1 + i, r.nextInt(20), bid,
          100 * (1 + r.nextInt(9)) + (r.nextInt(10) == 0 ? 0.5 : 0), r.nextInt(20), bid + 0.01 * (1 + r.nextInt(5)),
          100 * (1 + r.nextInt(9)), r.nextInt(4) == 0 ? new int[] {1, 2} : new int[0],
          r.nextInt(8) == 0 ? new int[] {604} : new int[0], seed * 1_000_000 + i, 1 + r.nextInt(3),
          r.nextInt(5) == 0 ? day + i : 0));
    }
    out.sort(Comparator.comparing(Quote::symbol).thenComparingLong(Quote::sipTimestamp));
    return out;
  }

  @Test
  void aDateRangeOfQuotesFilesArrivesOnTheQuotesTopicDecodedEqualOnTheSymbolsPartitionInOrder(
      QuarkusMainLauncher launcher) throws IOException {
    Path root = Files.createTempDirectory("flatfiles").resolve("us_stocks_sip");
    List<Quote> day1 = quotes(8_000, 1, T0);
    List<Quote> day2 = quotes(3_000, 2, T0 + 86_400_000_000_000L);
    FlatCsv first = FlatCsv.quotes();
    day1.forEach(first::quote);
    first.raw("Q1,1,not-a-price,100,1,10,100,,,,1," + T0 + ",1,");
    first.write(root.resolve("quotes_v1/2024/01/2024-01-02.csv.gz"));
    FlatCsv second = FlatCsv.quotes();
    day2.forEach(second::quote);
    second.write(root.resolve("quotes_v1/2024/01/2024-01-03.csv.gz"));
    Path rejects = root.resolve("rejects.log");
    String id = newId("quotes");

    LaunchResult r = launcher.launch(args(id, "--root", root.toString(), "--from", "2024-01-01", "--to",
        "2024-01-03", "--kind", "quotes", "--rejects", rejects.toString()));

    assertThat(r.exitCode()).as(r.getOutput() + r.getErrorOutput()).isZero();
    assertThat(r.getOutput()).contains("skipped 2024-01-01 (New Year's Day)").contains("rows rejected    1")
        .contains("quotes produced  11,000");
    assertThat(Files.readAllLines(rejects)).singleElement().satisfies(l -> assertThat(l).contains(":8002: ask_price"));

    TopicCatalog ns = TopicCatalog.replay(id);
    Map<Integer, List<Quote>> byPartition = new HashMap<>();
    Map<String, Integer> markers = new HashMap<>();
    consumeUntilEnd(ns.quotes().name(), ns.quotes().partitions(), rec -> {
      QuoteBatch batch = QuoteArrowCodec.decode(rec.value());
      byPartition.computeIfAbsent(rec.partition(), p -> new ArrayList<>()).addAll(batch.quotes());
    }, markers);
    List<Quote> expected = new ArrayList<>(day1);
    expected.addAll(day2);
    int total = byPartition.values().stream().mapToInt(List::size).sum();
    assertThat(total).isEqualTo(expected.size());
    for (int p : byPartition.keySet()) {
      List<Quote> want = expected.stream()
          .filter(q -> SymbolPartitioner.partition(q.symbol(), ns.quotes().partitions()) == p).toList();
      List<Quote> got = byPartition.get(p);
      assertThat(got).hasSameSizeAs(want);
      for (int i = 0; i < want.size(); i++) {
        assertThat(got.get(i).sameAs(want.get(i))).as("partition %d row %d: %s vs %s", p, i, got.get(i), want.get(i))
            .isTrue();
      }
    }
    consumeUntilEnd(ns.trades().name(), ns.trades().partitions(), rec -> {
      throw new AssertionError("a quotes replay writes no trades");
    }, new HashMap<>());
  }

  @Test
  void minuteAggregatesGoToTheAggregatesTopicKeyedBySymbol(QuarkusMainLauncher launcher) throws IOException {
    Path file = Files.createTempDirectory("flatfiles").resolve("minute_aggs_v1/2024/01/2024-01-02.csv.gz");
    FlatCsv csv = FlatCsv.aggs();
    for (int i = 0; i < 200; i++) {
      csv.raw("A" + (i % 7) + "," + (100 + i) + ",10,10.5,11,9.5," + (T0 + i * 60_000_000_000L) + "," + (i + 1));
    }
    csv.write(file);
    String id = newId("aggs");

    LaunchResult r = launcher.launch(args(id, "--files", file.toString()));

    assertThat(r.exitCode()).as(r.getOutput() + r.getErrorOutput()).isZero();
    assertThat(r.getOutput()).contains("aggregates produced 200");
    TopicCatalog ns = TopicCatalog.replay(id);
    List<PolygonAgg> got = new ArrayList<>();
    Properties p = consumerProps();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = partitions(ns.polygonAggs().name(), ns.polygonAggs().partitions());
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      await().atMost(Duration.ofSeconds(60)).until(() -> {
        for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
          PolygonAgg a = PolygonAggJson.read(rec.value());
          assertThat(new String(rec.key(), StandardCharsets.UTF_8)).isEqualTo(a.symbol());
          assertThat(rec.partition()).isEqualTo(SymbolPartitioner.partition(a.symbol(), parts.size()));
          got.add(a);
        }
        return got.size() >= 200;
      });
    }
    assertThat(got).hasSize(200).allSatisfy(a -> {
      assertThat(a.timespan()).isEqualTo(Timespan.MINUTE);
      assertThat(a.end() - a.start()).isEqualTo(60_000_000_000L);
      assertThat(a.high()).isEqualTo(11);
    });
  }

  @Test
  void quotesRefuseAPacedSpeed(QuarkusMainLauncher launcher) throws IOException {
    Path file = FlatCsv.quotes().raw("A,1,1.1,1,1,1,1,,,,1," + T0 + ",1,")
        .write(Files.createTempFile("q", ".csv"));
    LaunchResult r = launcher.launch(args("it-paced-never-created", "--files", file.toString(), "--speed", "1x"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.getErrorOutput()).contains("--speed max");
  }

  private static Properties consumerProps() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return p;
  }

  private static List<TopicPartition> partitions(String topic, int n) {
    List<TopicPartition> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(new TopicPartition(topic, i));
    }
    return parts;
  }

  /** Reads a topic from the start until every partition delivered its end-of-stream marker. */
  private static void consumeUntilEnd(String topic, int n,
      java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> onRecord, Map<String, Integer> markers) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = partitions(topic, n);
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> {
        for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
          if (ControlRecords.isEndOfStream(rec.headers())) {
            markers.merge(topic + "-" + rec.partition(), 1, Integer::sum);
          } else {
            onRecord.accept(rec);
          }
        }
        return markers.size() == n;
      });
    }
  }
}
