package io.peripheral.feed.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.polygon.fake.FakePolygon;
import io.peripheral.feed.polygon.fake.Market;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code reconcile --rest}: real bars in the test stack's PostgreSQL against the fake Polygon's {@code /v2/aggs}. */
@QuarkusMainTest
@TestProfile(ReconcileRestIT.ApiKey.class)
class ReconcileRestIT {
  /** The key as POLYGON_API_KEY would give it. */
  public static class ApiKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("peripheral.polygon.api-key", FakePolygon.KEY);
    }
  }

  private static final String PG_URL =
      "jdbc:postgresql://localhost:" + System.getProperty("it.pg.port", "15432") + "/peripheral";
  /** A day no other test writes bars for (the test clears it first). */
  private static final LocalDate DAY = LocalDate.parse("2019-03-13");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant MIDNIGHT = DAY.atStartOfDay(NEW_YORK).toInstant();
  private static final Instant OPEN = DAY.atTime(9, 30).atZone(NEW_YORK).toInstant();
  private static final long M = 60_000_000_000L;
  private static FakePolygon polygon;

  @BeforeAll
  static void barsAndPolygonsAggregates() throws Exception {
    Flyway.configure().dataSource(PG_URL, "peripheral", "")
        .locations("filesystem:../../schemas/src/main/resources/db/migration").validateOnMigrate(false).load().migrate();
    long open = OPEN.getEpochSecond() * 1_000_000_000L;
    long midnight = MIDNIGHT.getEpochSecond() * 1_000_000_000L;
    try (Connection c = DriverManager.getConnection(PG_URL, "peripheral", "")) {
      try (PreparedStatement d = c.prepareStatement("DELETE FROM bars WHERE ts >= ? AND ts < ?")) {
        d.setTimestamp(1, Timestamp.from(MIDNIGHT));
        d.setTimestamp(2, Timestamp.from(MIDNIGHT.plusSeconds(86_400)));
        d.executeUpdate();
      }
      OurBarRows.insert(c, "RRA", "1m", open, 10, 11, 9, 10.5, 1000);
      OurBarRows.insert(c, "RRA", "1m", open + M, 10.5, 10.6, 10.4, 10.5, 500);
      OurBarRows.insert(c, "RRB", "1m", open, 20, 21, 19, 20.5, 300);
      OurBarRows.insert(c, "RRA", "1d", midnight, 10, 11, 9, 10.5, 1500);
      OurBarRows.insert(c, "RRZ", "1d", midnight, 5, 5, 5, 5, 1); // no minute bars: not among the default symbols
    }
    long openMs = OPEN.toEpochMilli();
    polygon = new FakePolygon(Market.load("AAPL"))
        .aggs("RRA", "minute",
            bar(openMs - 90 * 60_000L, 9.9, 9.9, 9.9, 9.9, 10),     // 08:00 pre-market: only Polygon's
            bar(openMs, 10, 11, 9, 10.5, 1000),
            bar(openMs + 60_000L, 10.5, 10.65, 10.4, 10.5, 500),     // high differs
            bar(openMs - 86_400_000L, 1, 1, 1, 1, 1))                // the day before: ignored
        .aggs("RRA", "day", bar(MIDNIGHT.toEpochMilli(), 10, 11, 9, 10.5, 1500))
        .aggs("RRB", "minute", bar(openMs, 20, 21, 19, 20.5, 310));  // volume differs
  }

  @AfterAll
  static void stop() {
    if (polygon != null) {
      polygon.close();
    }
  }

  private static String bar(long tMs, double o, double h, double l, double c, double v) {
    return "{\"v\":" + v + ",\"vw\":" + c + ",\"o\":" + o + ",\"c\":" + c + ",\"h\":" + h + ",\"l\":" + l
        + ",\"t\":" + tMs + ",\"n\":3}";
  }

  private static List<String> aggRequests() {
    return polygon.restRequests().stream().filter(u -> u.startsWith("/v2/aggs/")).toList();
  }

  @Test
  void comparesEverySymbolWithOurMinuteBarsWithPolygonsUnadjustedRestBars(QuarkusMainLauncher launcher) {
    LaunchResult r = launcher.launch("reconcile", "--date", DAY.toString(), "--jdbc-url", PG_URL, "--rest",
        "--rest-url", polygon.restUrl());

    String out = r.getOutput();
    assertThat(r.exitCode()).as(out + r.getErrorOutput()).isZero();
    assertThat(out).contains("polygon REST /v2/aggs: 2 symbols (those with our 1m bars that day)")
        .contains("polygon REST aggregates: 4 minute and 1 day bars of the day")
        .contains("1m bars: 2 symbols, 1 windows match, 2 differ, 0 only ours, 1 only Polygon's")
        .contains("differing fields: high 1, volume 1")
        .contains("1d bars: 2 symbols, 1 windows match, 0 differ, 0 only ours, 0 only Polygon's")
        .contains("RRA        1m  09:31 ET high   ours 10.6 polygon 10.65")
        .contains("RRB        1m  09:30 ET volume ours 300 polygon 310");
    assertThat(aggRequests()).contains(
        "/v2/aggs/ticker/RRA/range/1/minute/2019-03-13/2019-03-13?adjusted=false&sort=asc&limit=50000",
        "/v2/aggs/ticker/RRA/range/1/day/2019-03-13/2019-03-13?adjusted=false&sort=asc&limit=50000",
        "/v2/aggs/ticker/RRB/range/1/minute/2019-03-13/2019-03-13?adjusted=false&sort=asc&limit=50000")
        .noneMatch(u -> u.contains("RRZ"));
    assertThat(out + r.getErrorOutput()).doesNotContain(FakePolygon.KEY);
  }

  @Test
  void comparesOnlyTheGivenSymbolsAndRefusesMixedSources(QuarkusMainLauncher launcher) {
    int before = aggRequests().size();
    LaunchResult one = launcher.launch("reconcile", "--date", DAY.toString(), "--jdbc-url", PG_URL, "--rest",
        "--rest-url", polygon.restUrl(), "--symbols", "rra", "--fail-on-diff");
    LaunchResult mixed = launcher.launch("reconcile", "--date", DAY.toString(), "--rest", "--aggs", "x.csv.gz");
    LaunchResult symbolsWithoutRest = launcher.launch("reconcile", "--date", DAY.toString(), "--symbols", "RRA");

    assertThat(one.exitCode()).as(one.getOutput() + one.getErrorOutput()).isEqualTo(1);
    assertThat(one.getOutput()).contains("polygon REST /v2/aggs: 1 symbols\n")
        .contains("1m bars: 1 symbols, 1 windows match, 1 differ, 0 only ours, 1 only Polygon's");
    assertThat(aggRequests().subList(before, aggRequests().size())).hasSize(2).allMatch(u -> u.contains("/RRA/"));
    assertThat(mixed.exitCode()).isEqualTo(2);
    assertThat(mixed.getErrorOutput()).contains("without --aggs or --root");
    assertThat(symbolsWithoutRest.exitCode()).isEqualTo(2);
    assertThat(symbolsWithoutRest.getErrorOutput()).contains("--symbols");
  }
}
