package io.peripheral.feed.polygon.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.polygon.fake.FakePolygon;
import io.peripheral.feed.polygon.fake.Market;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.rest.RestSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code feed reference}: the fake's reference endpoints into the real PostgreSQL of the test stack. */
class ReferenceIT {
  private static final String PG_URL =
      "jdbc:postgresql://localhost:" + System.getProperty("it.pg.port", "15432") + "/peripheral";

  @BeforeAll
  static void migrate() throws Exception {
    Flyway.configure().dataSource(PG_URL, "peripheral", "")
        .locations("filesystem:../../schemas/src/main/resources/db/migration")
        .validateOnMigrate(false).load().migrate();
    // the fixture symbols are owned by this test: start from none of their rows
    try (Connection c = DriverManager.getConnection(PG_URL, "peripheral", ""); Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM tickers WHERE symbol IN ('AAPL','MSFT','SPY','TSLA','BRK.A')");
      s.executeUpdate("DELETE FROM splits WHERE symbol IN ('AAPL','MSFT','SPY','TSLA')");
      s.executeUpdate("DELETE FROM dividends WHERE symbol IN ('AAPL','MSFT')");
      s.executeUpdate("DELETE FROM market_calendar WHERE day IN ('2026-11-26','2026-11-27','2026-12-25')");
    }
  }

  @Test
  void loadsEveryKindFollowingNextUrlSkippingBrokenRowsAndIsIdempotent() throws Exception {
    try (FakePolygon fake = new FakePolygon(Market.load("AAPL")).failRest(429)) {
      ReferenceLoader loader = new ReferenceLoader(new PolygonRestClient(RestSettings.of(fake.restUrl(),
          FakePolygon.KEY, 100, 5, Duration.ofSeconds(5))), new ReferenceStore(PG_URL, "peripheral", null));
      ReferenceLoader.Result first = loader.load(EnumSet.allOf(ReferenceKind.class));
      assertThat(first.stored()).containsEntry(ReferenceKind.TICKERS, 5).containsEntry(ReferenceKind.SPLITS, 3)
          .containsEntry(ReferenceKind.DIVIDENDS, 3).containsEntry(ReferenceKind.CALENDAR, 3);
      assertThat(first.skipped()).containsEntry(ReferenceKind.TICKERS, 1).containsEntry(ReferenceKind.SPLITS, 1);
      // the fixture's /now: closed on Thanksgiving 2026, as the calendar expects
      assertThat(first.marketNow().agrees()).isTrue();
      assertThat(first.marketNow().polygon().exchanges()).containsEntry("nyse", "closed");
      assertThat(fake.restRequests()).anyMatch(u -> u.contains("/v3/reference/tickers?cursor="));
      assertThat(fake.authHeaders()).containsOnly("Bearer " + FakePolygon.KEY);
      loader.load(EnumSet.allOf(ReferenceKind.class));
    }
    assertThat(rows("SELECT symbol || '|' || name || '|' || type || '|' || primary_exchange || '|' || active"
        + " FROM tickers WHERE symbol IN ('AAPL','SPY','TSLA','BRK.A') ORDER BY symbol")).containsExactly(
        "AAPL|Apple Inc.|CS|XNAS|true", "BRK.A|Berkshire Hathaway Inc.|CS|XNYS|true",
        "SPY|SPDR S&P 500 ETF Trust|ETF|ARCX|true", "TSLA|Tesla, Inc. Common Stock|CS|XNAS|true");
    assertThat(rows("SELECT symbol || '|' || execution_date || '|' || split_from::float8 || '|' || split_to::float8"
        + " FROM splits WHERE symbol IN ('AAPL','MSFT','SPY','TSLA') ORDER BY symbol")).containsExactly(
        "AAPL|2020-08-31|1|4", "MSFT|2024-01-03|10|1", "TSLA|2022-08-25|1|3");
    assertThat(rows("SELECT symbol || '|' || ex_dividend_date || '|' || cash_amount FROM dividends"
        + " WHERE symbol IN ('AAPL','MSFT') ORDER BY symbol, ex_dividend_date")).containsExactly(
        "AAPL|2024-02-09|0.24", "AAPL|2024-05-10|0.25", "MSFT|2024-02-14|0.75");
    assertThat(rows("SELECT day || '|' || status || '|' || coalesce(open_time::text, '-') || '|'"
        + " || coalesce(close_time::text, '-') FROM market_calendar"
        + " WHERE day IN ('2026-11-26','2026-11-27','2026-12-25') ORDER BY day")).containsExactly(
        "2026-11-26|closed|-|-", "2026-11-27|early-close|09:30:00|13:00:00", "2026-12-25|closed|-|-");
  }

  @Test
  void onlyLoadsTheKindsAskedFor() {
    try (FakePolygon fake = new FakePolygon(Market.load("AAPL"))) {
      ReferenceLoader.Result r = new ReferenceLoader(new PolygonRestClient(RestSettings.of(fake.restUrl(),
          FakePolygon.KEY, 100, 5, Duration.ofSeconds(5))), new ReferenceStore(PG_URL, "peripheral", null))
          .load(ReferenceKind.parse("calendar"));
      assertThat(r.stored()).containsOnlyKeys(ReferenceKind.CALENDAR);
      assertThat(fake.restRequests()).allMatch(u -> u.contains("/v1/marketstatus/"))
          .anyMatch(u -> u.contains("/v1/marketstatus/upcoming")).anyMatch(u -> u.contains("/v1/marketstatus/now"));
    }
  }

  @Test
  void warnsWhenPolygonSaysClosedOnADayTheCalendarExpectsTrading() {
    // Wednesday before Thanksgiving 2026, 11:00 New York: a regular session by every rule and row
    try (FakePolygon fake = new FakePolygon(Market.load("AAPL")).marketNow("closed", "2026-11-25T11:00:00-05:00")) {
      ReferenceLoader.Result r = new ReferenceLoader(new PolygonRestClient(RestSettings.of(fake.restUrl(),
          FakePolygon.KEY, 100, 5, Duration.ofSeconds(5))), new ReferenceStore(PG_URL, "peripheral", null))
          .load(ReferenceKind.parse("calendar"));
      assertThat(r.marketNow().agrees()).isFalse();
      assertThat(r.marketNow().expected()).isEqualTo(io.peripheral.schemas.calendar.MarketPhase.REGULAR);
      assertThat(r.marketNow().message()).contains("unscheduled closure", "2026-11-25");
    }
  }

  private static List<String> rows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(PG_URL, "peripheral", ""); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
