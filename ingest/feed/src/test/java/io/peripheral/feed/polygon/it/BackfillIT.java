package io.peripheral.feed.polygon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.polygon.backfill.Backfill;
import io.peripheral.feed.polygon.backfill.BackfillRange;
import io.peripheral.feed.polygon.fake.FakePolygon;
import io.peripheral.feed.polygon.fake.Market;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.rest.RestSettings;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.feed.replay.Replay;
import io.peripheral.feed.replay.ReplayRepository;
import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** {@code feed backfill}: a day of trades through (fake) REST into a backfill namespace on the real broker. */
class BackfillIT {
  private static final String BOOTSTRAP = System.getProperty("it.kafka.bootstrap", "localhost:19092");
  private static final String PG_URL =
      "jdbc:postgresql://localhost:" + System.getProperty("it.pg.port", "15432") + "/peripheral";

  @Test
  void loadsWholeDaysOfTradesInSipOrderIntoABackfillNamespaceAndRecordsTheRun() throws Exception {
    Flyway.configure().dataSource(PG_URL, "peripheral", "")
        .locations("filesystem:../../schemas/src/main/resources/db/migration")
        .validateOnMigrate(false).load().migrate();
    Market market = Market.load("AAPL", "MSFT");
    String suffix = "it-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    TopicCatalog ns = TopicCatalog.replay(Backfill.ID_PREFIX + suffix);
    ProducerSettings producer = new ProducerSettings(BOOTSTRAP, "lz4", 10_000, Duration.ofMillis(20), 32 << 20,
        Duration.ofSeconds(60));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FakePolygon fake = new FakePolygon(market).pageSize(120).failRest(503)) {
      PolygonRestClient rest = new PolygonRestClient(RestSettings.of(fake.restUrl(), FakePolygon.KEY, 100, 5,
          Duration.ofSeconds(5)));
      Backfill.Summary s = new Backfill(rest, producer, new ReplayRepository(PG_URL, "peripheral", null),
          FeedMetrics.detached(), new PrintStream(out, true, StandardCharsets.UTF_8))
          // Saturday, Sunday and New Year's Day are skipped, not requested: only 2024-01-02 is loaded
          .run(BackfillRange.parse("aapl,MSFT", "2023-12-30", "2024-01-02"), MarketCalendar.builtIn(), suffix, null,
              true, Duration.ZERO);
      assertThat(s.status()).isEqualTo(Replay.PRODUCED);
      assertThat(s.produced()).isEqualTo(1000);
      assertThat(fake.restRequests()).anyMatch(u -> u.contains("timestamp.gte=1704171600000000000")
          && u.contains("timestamp.lt=1704258000000000000"));
      assertThat(fake.restRequests()).filteredOn(u -> u.contains("timestamp.gte="))
          .allMatch(u -> u.contains("timestamp.gte=1704171600000000000"));
      assertThat(s.skipped()).containsExactly("skipped 2023-12-30 (weekend)", "skipped 2023-12-31 (weekend)",
          "skipped 2024-01-01 (New Year's Day)");
    }
    try {
      TradesTopic.Content c = TradesTopic.read(BOOTSTRAP, ns);
      assertThat(c.markers()).isEqualTo(ns.trades().partitions());
      assertThat(c.all()).containsExactlyInAnyOrderElementsOf(
          market.prints().stream().map(p -> TradesTopic.Seen.of(p.trade())).toList());
      c.byPartition().values().forEach(list -> assertThat(list)
          .isSortedAccordingTo(Comparator.comparingLong(TradesTopic.Seen::sip)));
      try (Connection db = DriverManager.getConnection(PG_URL, "peripheral", "");
          PreparedStatement q = db.prepareStatement("SELECT status, rows_read FROM replays WHERE id = ?")) {
        q.setString(1, Backfill.ID_PREFIX + suffix);
        try (ResultSet r = q.executeQuery()) {
          assertThat(r.next()).isTrue();
          assertThat(r.getString(1)).isEqualTo(Replay.PRODUCED);
          assertThat(r.getLong(2)).isEqualTo(1000);
        }
      }
    } finally {
      Properties p = new Properties();
      p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
      try (Admin admin = Admin.create(p)) {
        TopicAdmin.deleteReplayTopics(admin, ns);
      }
    }
    assertThat(List.of(out.toString(StandardCharsets.UTF_8))).allMatch(s -> !s.contains(FakePolygon.KEY));
  }
}
