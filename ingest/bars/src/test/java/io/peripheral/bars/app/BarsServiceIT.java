package io.peripheral.bars.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peripheral.bars.sink.BarRepository;
import io.peripheral.bars.sink.BarSink;
import io.peripheral.bars.sink.SinkSettings;
import io.peripheral.bars.topology.ReferenceBars;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The bars service against the real test stack: a replay namespace's trades become bars in PostgreSQL equal to an
 * independent computation; re-consuming leaves the table identical; a PostgreSQL outage loses nothing.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BarsServiceIT {
  private static final String BOOTSTRAP = System.getProperty("it.kafka.bootstrap", "localhost:19092");
  private static final String JDBC = "jdbc:postgresql://localhost:" + System.getProperty("it.pg.port", "15432")
      + "/peripheral";
  private static final long SEC = 1_000_000_000L;
  private static final long GRACE = 2 * SEC;
  private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
  private static KafkaProducer<String, byte[]> producer;

  @Inject
  BarsService service;

  @BeforeAll
  static void openProducer() {
    producer = TradeFixtures.producer(BOOTSTRAP);
  }

  @AfterAll
  static void closeProducer() {
    producer.close();
  }

  @Test
  @Order(1)
  void replayedTradesBecomeBarsInTheDatabaseEqualToAnIndependentComputation() throws Exception {
    String id = "bars-it-" + RUN;
    String prefix = "IT" + RUN.toUpperCase() + "A";
    List<Trade> trades = replay(id, prefix, 20_000, Instant.parse("2024-03-08T14:00:00Z"));

    awaitReplayComplete(id, Duration.ofSeconds(120));
    assertDatabaseMatches(prefix, ReferenceBars.compute(trades, GRACE));
  }

  @Test
  @Order(2)
  void reconsumingEveryBarOfTheReplayLeavesTheTableIdentical() throws Exception {
    String id = "bars-it-" + RUN;
    String prefix = "IT" + RUN.toUpperCase() + "A";
    List<List<Object>> before = rows(prefix);
    assertThat(before).isNotEmpty();

    String group = "peripheral-bar-sink-it-" + RUN;
    Pattern topics = Pattern.compile(Pattern.quote("replay." + id + ".") + "bars\\..*");
    BarSink again = new BarSink(new SinkSettings(BOOTSTRAP, group, topics, 500, Duration.ofMillis(200),
        Duration.ofSeconds(1)), new BarRepository(dataSource()), new SimpleMeterRegistry());
    Thread thread = new Thread(again, "bar-sink-again");
    thread.start();
    try {
      awaitGroupCaughtUp(group, TopicCatalog.replay(id), Duration.ofSeconds(60));
    } finally {
      again.close();
      thread.join(10_000);
    }
    assertThat(again.rowsWritten()).isPositive();
    assertThat(rows(prefix)).as("same rows, same updated_at").isEqualTo(before);
  }

  @Test
  @Order(3)
  void postgresOutageDuringAReplayLosesNothing() throws Exception {
    String id = "bars-it-outage-" + RUN;
    String prefix = "IT" + RUN.toUpperCase() + "B";
    TopicCatalog catalog = TopicCatalog.replay(id);
    TopicAdmin.ensureTopics(BOOTSTRAP, catalog);
    producer.partitionsFor(catalog.trades().name()); // metadata first, so the outage is the only disturbance
    Instant stopped = Instant.now();
    stack("pg-stop");
    List<Trade> trades;
    try {
      trades = replay(id, prefix, 5_000, Instant.parse("2024-11-04T15:00:00Z"));
      // the topology finishes on Kafka alone; the sink keeps failing, pausing and retrying
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
          Duration.between(stopped, Instant.now()).toSeconds() >= 20
              && service.sink().map(s -> !s.healthy()).orElse(false));
      assertThat(service.sinkThreadAlive()).isTrue();
    } finally {
      stack("pg-start");
    }
    awaitReplayComplete(id, Duration.ofSeconds(90));
    assertDatabaseMatches(prefix, ReferenceBars.compute(trades, GRACE));
    await().atMost(Duration.ofSeconds(30)).until(() -> service.sink().orElseThrow().healthy());
  }

  private List<Trade> replay(String id, String prefix, int n, Instant start) {
    TopicCatalog catalog = TopicCatalog.replay(id);
    TopicAdmin.ensureTopics(BOOTSTRAP, catalog);
    List<Trade> trades = TradeFixtures.trades(n, prefix, 40, n, start.getEpochSecond() * SEC, 150_000_000L);
    TradeFixtures.produce(producer, catalog, trades, 400, true);
    return trades;
  }

  private static void stack(String command) throws Exception {
    Path script = Path.of("").toAbsolutePath().resolve("../../infra/local/stack.sh").normalize();
    Process p = new ProcessBuilder(script.toString(), command, "test").inheritIO().start();
    assertThat(p.waitFor()).as("stack.sh " + command).isZero();
  }

  private static void awaitReplayComplete(String id, Duration atMost) {
    int expected = Interval.values().length * TopicCatalog.BAR_PARTITIONS;
    await().atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
      try (Connection c = connect();
          PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM replay_progress WHERE replay_id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getInt(1) == expected;
        }
      }
    });
  }

  private static void awaitGroupCaughtUp(String group, TopicCatalog catalog, Duration atMost) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
    try (Admin admin = Admin.create(p)) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (var topic : catalog.allBars()) {
        for (int i = 0; i < topic.partitions(); i++) {
          latest.put(new TopicPartition(topic.name(), i), OffsetSpec.latest());
        }
      }
      await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
        var ends = admin.listOffsets(latest).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
            || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset()));
      });
    }
  }

  private static void assertDatabaseMatches(String prefix, Map<String, ReferenceBars.Expected> expected)
      throws SQLException {
    Map<String, List<Object>> actual = new HashMap<>();
    for (List<Object> row : rows(prefix)) {
      actual.put(row.get(0) + "/" + row.get(1) + "/" + row.get(2), row);
    }
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((key, e) -> {
      List<Object> r = actual.get(key);
      assertThat((double) r.get(3)).as(key + " open").isEqualTo(e.open());
      assertThat((double) r.get(4)).as(key + " high").isEqualTo(e.high());
      assertThat((double) r.get(5)).as(key + " low").isEqualTo(e.low());
      assertThat((double) r.get(6)).as(key + " close").isEqualTo(e.close());
      assertThat((double) r.get(7)).as(key + " volume").isCloseTo(e.volume(), within(1e-6));
      if (e.volume() > 0) {
        assertThat((double) r.get(8)).as(key + " vwap").isCloseTo(e.vwap(), within(1e-9));
      }
      assertThat((long) r.get(9)).as(key + " trades").isEqualTo(e.count());
      assertThat(r.get(10)).isEqualTo("replay");
      assertThat((int) r.get(11)).as(key + " revision").isEqualTo(e.revision());
      assertThat(r.get(12)).isEqualTo("builtin-1");
    });
  }

  /** symbol, interval, start_ns, open, high, low, close, volume, vwap, trade_count, source, revision, rules, updated. */
  private static List<List<Object>> rows(String prefix) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement("SELECT symbol, interval, start_ns, open, high, low, close, volume,"
            + " vwap, trade_count, source, revision, rules_version, updated_at FROM bars WHERE symbol LIKE ?"
            + " ORDER BY symbol, interval, ts")) {
      ps.setString(1, prefix + "%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= 14; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(JDBC, "peripheral", "");
  }

  private static PGSimpleDataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(JDBC);
    ds.setUser("peripheral");
    return ds;
  }
}
