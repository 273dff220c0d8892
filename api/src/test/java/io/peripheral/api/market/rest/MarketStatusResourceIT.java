package io.peripheral.api.market.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /api/market/status} against the test PostgreSQL's market_calendar and the built-in rules. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketStatusResourceIT {
  // days far from any real row (Polygon's upcoming list and the feed's tests use 2026): owned by this test
  private static final String CLOSURE = "2031-03-12";
  private static final String EARLY = "2031-03-14";

  @Inject
  DataSource ds;

  @BeforeAll
  void insertCalendarRows() throws Exception {
    deleteRows();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO market_calendar (day, status, name) VALUES ('" + CLOSURE
          + "', 'closed', 'Unscheduled closure (test)')");
      s.executeUpdate("INSERT INTO market_calendar (day, status, open_time, close_time, name) VALUES ('" + EARLY
          + "', 'early-close', '09:30', '12:00', 'Early close (test)')");
    }
  }

  @AfterAll
  void deleteRows() throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM market_calendar WHERE day IN ('" + CLOSURE + "', '" + EARLY + "')");
    }
  }

  @Test
  void aRegularSessionIsOpenWithItsSessionAndTomorrowsOpenSkippingThanksgiving() {
    given().queryParam("at", "2026-11-25T17:00:00Z").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("open"))
        .body("day", equalTo("2026-11-25"))
        .body("session.open", equalTo("2026-11-25T14:30:00Z"))
        .body("session.close", equalTo("2026-11-25T21:00:00Z"))
        .body("early_close", equalTo(false))
        .body("holiday", nullValue())
        .body("next_open", equalTo("2026-11-27T14:30:00Z"))
        .body("at", equalTo("2026-11-25T17:00:00Z"));
  }

  @Test
  void aHolidayIsClosedWithItsNameAndNoSession() {
    given().queryParam("at", "2026-11-26T16:00:00Z").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("closed"))
        .body("day", equalTo("2026-11-26"))
        .body("session", nullValue())
        .body("holiday", equalTo("Thanksgiving"))
        .body("next_open", equalTo("2026-11-27T14:30:00Z"));
  }

  @Test
  void anEarlyCloseDayIsInAfterHoursFromOnePm() {
    given().queryParam("at", "2024-07-03T17:30:00Z").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("after-hours"))
        .body("early_close", equalTo(true))
        .body("session.close", equalTo("2024-07-03T17:00:00Z"))
        .body("next_open", equalTo("2024-07-05T13:30:00Z"))
        .body("source", equalTo("rules"));
  }

  @Test
  void preMarketFollowsNewYorkTimeOnTheMondayAfterTheDstSwitch() {
    // 08:00 EDT; at 04:00 EDT (08:00Z) pre-market starts, at 03:59 EDT it is still night
    given().queryParam("at", "2024-03-11T12:00:00Z").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("pre-market")).body("next_open", equalTo("2024-03-11T13:30:00Z"));
    given().queryParam("at", "2024-03-11T07:59:00Z").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("closed")).body("holiday", nullValue());
    given().queryParam("at", "2024-03-09T15:00:00Z").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("closed")).body("holiday", nullValue()).body("session", nullValue());
  }

  @Test
  void tableRowsOverrideTheRules() {
    // a Wednesday the rules call a trading day, closed by a market_calendar row
    given().queryParam("at", "2031-03-12T15:00:00Z").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("closed"))
        .body("holiday", equalTo("Unscheduled closure (test)"))
        .body("source", equalTo("table"))
        .body("next_open", equalTo("2031-03-13T13:30:00Z"));
    // the evening before already looks past the closed day
    given().queryParam("at", "2031-03-11T22:00:00Z").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("after-hours")).body("next_open", equalTo("2031-03-13T13:30:00Z"));
    // an early close at 12:00 from the table: after-hours from noon to 16:00
    given().queryParam("at", "2031-03-14T16:30:00Z").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("after-hours"))
        .body("early_close", equalTo(true))
        .body("session.close", equalTo("2031-03-14T16:00:00Z"))
        .body("holiday", nullValue());
  }

  @Test
  void acceptsTheSameTimeFormsAsTheBarsEndpoint() {
    // a date is midnight New York; an epoch in seconds; an offset date-time
    given().queryParam("at", "2026-11-26").get("/api/market/status").then().statusCode(200)
        .body("at", equalTo("2026-11-26T05:00:00Z")).body("market", equalTo("closed"));
    given().queryParam("at", "1764082800").get("/api/market/status").then().statusCode(200)
        .body("at", equalTo("2025-11-25T15:00:00Z")).body("market", equalTo("open"));
    given().queryParam("at", "2026-11-25T10:00:00-05:00").get("/api/market/status").then().statusCode(200)
        .body("market", equalTo("open"));
  }

  @Test
  void withoutAtItAnswersForNow() {
    given().get("/api/market/status").then().statusCode(200)
        .body("market", in(List.of("open", "closed", "pre-market", "after-hours")));
  }

  @Test
  void aBadAtIsA400NamingTheParameter() {
    given().queryParam("at", "tomorrow").get("/api/market/status").then().statusCode(400)
        .body("error", equalTo("bad_request"))
        .body("parameter", equalTo("at"))
        .body("value", equalTo("tomorrow"))
        .body("message", containsString("'tomorrow' is not a time"));
    given().queryParam("at", "2026-13-01").get("/api/market/status").then().statusCode(400)
        .body("parameter", equalTo("at")).body("message", containsString("is not a time"));
    given().queryParam("at", "99999999999999999999").get("/api/market/status").then().statusCode(400)
        .body("parameter", equalTo("at")).body("message", containsString("out of range"));
  }
}
