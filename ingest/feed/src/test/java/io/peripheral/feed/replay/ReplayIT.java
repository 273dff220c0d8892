package io.peripheral.feed.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.peripheral.feed.polygon.TradesCsv;
import io.peripheral.feed.synthetic.SyntheticSettings;
import io.peripheral.feed.synthetic.SyntheticTrades;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeBatch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
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

/** Replays against the real test stack (Kafka, PostgreSQL); the bars service is simulated where needed. */
@QuarkusMainTest
class ReplayIT {
  private static final String BOOTSTRAP = System.getProperty("it.kafka.bootstrap", "localhost:19092");
  private static final String PG_URL =
      "jdbc:postgresql://localhost:" + System.getProperty("it.pg.port", "15432") + "/peripheral";
  private static final Instant OPEN = Instant.parse("2025-06-02T13:30:00Z");
  private static final List<TopicCatalog> CREATED = new ArrayList<>();

  @BeforeAll
  static void migrate() throws SQLException {
    Flyway.configure().dataSource(PG_URL, "peripheral", "")
        .locations("filesystem:../../schemas/src/main/resources/db/migration")
        .validateOnMigrate(false).load().migrate();
    try (Connection c = db(); Statement s = c.createStatement()) {
      s.execute("""
          CREATE TABLE IF NOT EXISTS replay_progress (
            replay_id text NOT NULL, topic text NOT NULL, partition int NOT NULL,
            completed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (replay_id, topic, partition))""");
    }
  }

  @AfterAll
  static void deleteTopics() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
    try (Admin admin = Admin.create(p)) {
      CREATED.forEach(ns -> TopicAdmin.deleteReplayTopics(admin, ns));
    }
  }

  private static Connection db() throws SQLException {
    return DriverManager.getConnection(PG_URL, "peripheral", "");
  }

  private static String newId(String what) {
    String id = "it-" + what + "-" + Long.toString(System.nanoTime(), 36);
    CREATED.add(TopicCatalog.replay(id));
    return id;
  }

  /** Synthetic trades with late prints, so a file of them is out of SIP order. */
  private static List<Trade> trades(int n, long seed) {
    SyntheticTrades src = new SyntheticTrades(SyntheticSettings.defaults().withSymbols(40).withSeed(seed)
        .withRate(2000).withLateFraction(0.02), OPEN);
    List<Trade> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Trade t = src.next();
      // trade ids unique across files, to check exactly-once
      out.add(new Trade(t.symbol(), t.sipTimestamp(), t.participantTimestamp(), t.price(), t.size(), t.exchange(),
          t.tape(), t.conditions(), seed + "-" + i, t.sequenceNumber(), 0, -1, 0));
    }
    return out;
  }

  private static String[] args(String id, String files, String... more) {
    List<String> a = new ArrayList<>(List.of("replay", "--files", files, "--id", id, "--bootstrap", BOOTSTRAP,
        "--jdbc-url", PG_URL));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void replaysEveryValidRowExactlyOnceOnItsSymbolsPartitionInSipOrderThenMarksEachPartitionEnded(
      QuarkusMainLauncher launcher) throws IOException, SQLException {
    Path dir = Files.createTempDirectory("feed-it");
    List<Trade> first = trades(20_000, 1);
    List<Trade> second = trades(5_000, 2);
    TradesCsv byTicker = TradesCsv.withHeader();
    first.stream().sorted(Comparator.comparing(Trade::symbol)).forEach(byTicker::trade); // Polygon's order
    byTicker.raw("AAPL,,0,11,x,,not-a-price,1,1748871000000000000,100,3,,");
    byTicker.raw("AAPL,,0,11,y,,12.5,1,1748871000000000000,-100,3,,");
    TradesCsv inTimeOrder = TradesCsv.withHeader();
    second.stream().sorted(Comparator.comparingLong(Trade::sipTimestamp)).forEach(inTimeOrder::trade);
    Path a = byTicker.write(dir.resolve("a.csv"));
    Path b = inTimeOrder.write(dir.resolve("b.csv.gz"));
    Path rejects = dir.resolve("rejects.log");
    String id = newId("exact");

    LaunchResult r = launcher.launch(args(id, a + "," + b, "--no-wait", "--rejects", rejects.toString()));

    assertThat(r.exitCode()).as(r.getOutput() + r.getErrorOutput()).isZero();
    assertThat(r.getOutput()).contains("not in SIP-timestamp order").contains("rows rejected    2");
    assertThat(Files.readAllLines(rejects)).hasSize(2).allSatisfy(l -> assertThat(l).startsWith(a + ":2000"));

    Map<String, Trade> expected = new HashMap<>();
    first.forEach(t -> expected.put(t.tradeId(), t));
    second.forEach(t -> expected.put(t.tradeId(), t));
    Consumed consumed = consume(TopicCatalog.replay(id));
    assertThat(consumed.trades).hasSize(expected.size());
    Map<String, Long> lastSip = new HashMap<>();
    for (Received got : consumed.trades) {
      Trade want = expected.remove(got.trade.tradeId());
      assertThat(want).as("trade %s arrives once", got.trade.tradeId()).isNotNull();
      assertThat(got.trade.symbol()).isEqualTo(want.symbol());
      assertThat(got.trade.sipTimestamp()).isEqualTo(want.sipTimestamp());
      assertThat(got.trade.price()).isEqualTo(want.price());
      assertThat(got.trade.size()).isEqualTo(want.size());
      assertThat(got.partition).isEqualTo(SymbolPartitioner.partition(want.symbol(), TopicCatalog.TRADE_PARTITIONS));
      long previous = lastSip.getOrDefault(want.symbol(), Long.MIN_VALUE);
      assertThat(want.sipTimestamp()).as("SIP order of %s", want.symbol()).isGreaterThanOrEqualTo(previous);
      lastSip.put(want.symbol(), want.sipTimestamp());
    }
    assertThat(expected).isEmpty();
    assertThat(consumed.markersPerPartition).containsOnlyKeys(0, 1, 2, 3, 4, 5).allSatisfy((p, n) ->
        assertThat(n).isEqualTo(1));
    assertThat(consumed.tradesAfterMarker).isFalse();
    try (Connection c = db(); PreparedStatement s = c.prepareStatement(
        "SELECT status, rows_read, rows_rejected, finished_at IS NOT NULL FROM replays WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("produced");
        assertThat(rs.getLong(2)).isEqualTo(25_002);
        assertThat(rs.getLong(3)).isEqualTo(2);
        assertThat(rs.getBoolean(4)).isTrue();
      }
    }
  }

  @Test
  void waitsUntilEveryBarTopicPartitionIsCompleteThenRecordsTheReplayCompleted(QuarkusMainLauncher launcher)
      throws IOException, SQLException {
    Path file = TradesCsv.withHeader().trade(Trade.of("AAPL", OPEN.getEpochSecond() * 1_000_000_000L, 190, 100))
        .write(Files.createTempFile("feed-it", ".csv"));
    String id = newId("wait");
    CompletableFuture<Void> barsService = CompletableFuture.runAsync(() -> simulateBarsService(id));

    LaunchResult r = launcher.launch(args(id, file.toString(), "--wait-timeout", "PT2M", "--rules-version", "v1",
        "--rejects", file + ".rejects"));

    barsService.join();
    assertThat(r.exitCode()).as(r.getOutput() + r.getErrorOutput()).isZero();
    assertThat(r.getOutput()).contains("bars final").contains("completed").contains("trades produced  1 ");
    assertThat(replayRow(id)).containsExactly("completed", "v1");
  }

  @Test
  void failsWithExitCodeOneWhenTheBarsAreNotFinalBeforeTheDeadline(QuarkusMainLauncher launcher)
      throws IOException, SQLException {
    Path file = TradesCsv.withHeader().trade(Trade.of("MSFT", OPEN.getEpochSecond() * 1_000_000_000L, 410, 100))
        .write(Files.createTempFile("feed-it", ".csv"));
    String id = newId("timeout");

    LaunchResult r = launcher.launch(args(id, file.toString(), "--wait-timeout", "PT1S", "--rejects", file + ".rejects"));

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(replayRow(id)).containsExactly("timed_out", null);
  }

  private static List<String> replayRow(String id) throws SQLException {
    try (Connection c = db();
        PreparedStatement s = c.prepareStatement("SELECT status, rules_version FROM replays WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        List<String> row = new ArrayList<>();
        row.add(rs.getString(1));
        row.add(rs.getString(2));
        return row;
      }
    }
  }

  /** What the bars service does at the end of a replay: one progress row per bar topic partition. */
  private static void simulateBarsService(String id) {
    await().atMost(Duration.ofMinutes(1)).until(() -> {
      try (Connection c = db();
          PreparedStatement s = c.prepareStatement("SELECT status FROM replays WHERE id = ?")) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() && rs.getString(1).equals("running");
        }
      }
    });
    try (Connection c = db(); PreparedStatement s = c.prepareStatement(
        "INSERT INTO replay_progress(replay_id, topic, partition) VALUES (?, ?, ?)")) {
      for (Interval interval : Interval.values()) {
        for (int p = 0; p < TopicCatalog.BAR_PARTITIONS; p++) {
          s.setString(1, id);
          s.setString(2, TopicCatalog.replay(id).bars(interval).name());
          s.setInt(3, p);
          s.addBatch();
        }
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  record Received(int partition, Trade trade) {}

  static final class Consumed {
    final List<Received> trades = new ArrayList<>();
    final Map<Integer, Integer> markersPerPartition = new HashMap<>();
    boolean tradesAfterMarker;
  }

  private static Consumed consume(TopicCatalog ns) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Consumed out = new Consumed();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = new ArrayList<>();
      for (int i = 0; i < ns.trades().partitions(); i++) {
        parts.add(new TopicPartition(ns.trades().name(), i));
      }
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> {
        for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
          if (ControlRecords.isEndOfStream(rec.headers())) {
            out.markersPerPartition.merge(rec.partition(), 1, Integer::sum);
          } else {
            if (out.markersPerPartition.containsKey(rec.partition())) {
              out.tradesAfterMarker = true;
            }
            TradeBatch batch = TradeArrowCodec.decode(rec.value());
            for (int i = 0; i < batch.size(); i++) {
              out.trades.add(new Received(rec.partition(), batch.get(i)));
            }
          }
        }
        return out.markersPerPartition.size() == ns.trades().partitions();
      });
    }
    return out;
  }
}
