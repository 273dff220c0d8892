package io.peripheral.api.bars.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peripheral.api.support.TestRows;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.Interval;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BarsResourceIT {
  /** 2500 one-minute bars from 22:00 UTC on the last day of February 2024, crossing into March (two partitions). */
  private static final Instant FIRST = Instant.parse("2024-02-29T22:00:00Z");
  private static final int COUNT = 2500;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  DataSource ds;

  private final String symbol = TestRows.uniqueSymbol("TB");
  private final String listedOnly = TestRows.uniqueSymbol("TL");
  private List<Bar> minutes;

  @BeforeAll
  void insertBars() throws Exception {
    minutes = TestRows.bars(symbol, Interval.M1, FIRST, COUNT);
    TestRows.insertBars(ds, minutes);
    TestRows.insertBars(ds, TestRows.bars(symbol, Interval.D1, Instant.parse("2024-03-04T15:00:00Z"), 5));
    TestRows.insertSymbol(ds, listedOnly, "Listed without bars");
  }

  @Test
  void pagesThroughTheWholeRangeFollowingNextUntilTheLastPage() throws Exception {
    List<Long> starts = new ArrayList<>();
    String from = FIRST.toString();
    int pages = 0;
    while (from != null) {
      Response r = given().queryParam("interval", "1m").queryParam("from", from).queryParam("limit", 1000)
          .get("/api/bars/" + symbol).then().statusCode(200).extract().response();
      JsonNode body = JSON.readTree(r.asByteArray());
      body.path("bars").forEach(bar -> starts.add(bar.path("start").asLong()));
      from = body.path("next").isNull() ? null : body.path("next").asText();
      if (from != null) {
        assertThat(r.header("Link")).contains("rel=\"next\"");
        assertThat(body.path("next_url").asText()).contains("from=");
      }
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(starts).containsExactlyElementsOf(minutes.stream().map(Bar::start).toList());
  }

  @Test
  void servesBarsWithTheTopicFieldNamesAndAnIsoTime() {
    Bar first = minutes.get(0);
    given().queryParam("from", FIRST.toString()).queryParam("limit", 1)
        .get("/api/bars/" + symbol).then().statusCode(200)
        .body("symbol", equalTo(symbol))
        .body("interval", equalTo("1m"))
        .body("bars[0].symbol", equalTo(symbol))
        .body("bars[0].interval", equalTo("1m"))
        .body("bars[0].time", equalTo("2024-02-29T22:00:00Z"))
        .body("bars[0].open", equalTo((float) first.open()))
        .body("bars[0].trade_count", equalTo((int) first.tradeCount()))
        .body("bars[0].session", equalTo("post"))
        .body("bars[0].final", equalTo(true))
        .body("bars[0].source", equalTo("live"))
        .body("bars[0].revision", equalTo(0))
        .body("bars[0].rules_version", equalTo("test-rules"))
        .body("next", equalTo("2024-02-29T22:01:00Z"));
    Response r = given().queryParam("from", FIRST.toString()).queryParam("limit", 1).get("/api/bars/" + symbol);
    assertThat(r.jsonPath().getLong("bars[0].start")).isEqualTo(first.start());
  }

  @Test
  void readsFromAndToAsIsoInstantOffsetDateTimeAndEpochSecondsMillisMicrosAndNanos() {
    Instant from = Instant.parse("2024-03-01T00:00:00Z");
    Instant to = Instant.parse("2024-03-01T00:10:00Z");
    List<Long> expected = minutes.stream().map(Bar::start)
        .filter(s -> s >= TestRows.ns(from) && s < TestRows.ns(to)).toList();
    assertThat(expected).hasSize(10);
    String[][] forms = {
        {from.toString(), to.toString()},
        {"2024-02-29T19:00:00-05:00", "2024-02-29T19:10:00.000000000-05:00"},
        {Long.toString(from.getEpochSecond()), Long.toString(to.getEpochSecond())},
        {Long.toString(from.toEpochMilli()), Long.toString(to.toEpochMilli())},
        {Long.toString(from.toEpochMilli() * 1000), Long.toString(to.toEpochMilli() * 1000)},
        {Long.toString(TestRows.ns(from)), Long.toString(TestRows.ns(to))},
    };
    for (String[] form : forms) {
      List<Long> got = given().queryParam("interval", "1m").queryParam("from", form[0]).queryParam("to", form[1])
          .get("/api/bars/" + symbol).then().statusCode(200).extract().jsonPath().getList("bars.start", Long.class);
      assertThat(got).as("from=%s to=%s", form[0], form[1]).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void includesFromAndExcludesTo() {
    long second = minutes.get(1).start();
    long third = minutes.get(2).start();
    List<Long> got = given().queryParam("from", Long.toString(second)).queryParam("to", Long.toString(third + 1))
        .get("/api/bars/" + symbol).then().statusCode(200).extract().jsonPath().getList("bars.start", Long.class);
    assertThat(got).containsExactly(second, third);
    given().queryParam("from", Long.toString(second)).queryParam("to", Long.toString(third))
        .get("/api/bars/" + symbol).then().statusCode(200).body("bars.size()", equalTo(1))
        .body("next", nullValue());
  }

  @Test
  void readsADateAsMidnightInNewYorkLikeTheDailyBars() {
    given().queryParam("interval", "1d").queryParam("from", "2024-03-05").queryParam("to", "2024-03-07")
        .get("/api/bars/" + symbol).then().statusCode(200)
        .body("bars.size()", equalTo(2))
        .body("bars[0].time", equalTo("2024-03-05T05:00:00Z"))
        .body("bars[0].session", nullValue())
        .body("bars[1].time", equalTo("2024-03-06T05:00:00Z"));
  }

  @Test
  void rejectsAnUnknownIntervalListingTheValidOnes() {
    given().queryParam("interval", "2m").get("/api/bars/" + symbol).then().statusCode(400)
        .body("error", equalTo("bad_request"))
        .body("parameter", equalTo("interval"))
        .body("value", equalTo("2m"))
        .body("message", containsString("1s, 1m, 5m, 15m, 1h, 1d"));
  }

  @Test
  void rejectsTimesInNoAcceptedFormNamingTheParameter() {
    for (String bad : new String[] {"yesterday", "2024-13-01", "2024-03-01T10:00:00", "12.5"}) {
      given().queryParam("from", bad).get("/api/bars/" + symbol).then().statusCode(400)
          .body("parameter", equalTo("from")).body("value", equalTo(bad))
          .body("message", containsString("ISO-8601"));
    }
    given().queryParam("to", "soon").get("/api/bars/" + symbol).then().statusCode(400)
        .body("parameter", equalTo("to"));
  }

  @Test
  void rejectsFromNotBeforeTo() {
    given().queryParam("from", "2024-03-02").queryParam("to", "2024-03-01").get("/api/bars/" + symbol)
        .then().statusCode(400).body("parameter", equalTo("from")).body("message", containsString("before"));
    given().queryParam("from", "2024-03-01").queryParam("to", "2024-03-01").get("/api/bars/" + symbol)
        .then().statusCode(400).body("parameter", equalTo("from"));
  }

  @Test
  void rejectsALimitOutsideOneToTenThousand() {
    for (String bad : new String[] {"0", "-1", "10001", "many"}) {
      given().queryParam("limit", bad).get("/api/bars/" + symbol).then().statusCode(400)
          .body("parameter", equalTo("limit")).body("message", containsString("1 to 10000"));
    }
    given().queryParam("limit", "10000").get("/api/bars/" + symbol).then().statusCode(200);
  }

  @Test
  void rejectsAMalformedSymbol() {
    given().get("/api/bars/AB%20CD").then().statusCode(400).body("parameter", equalTo("symbol"));
  }

  @Test
  void answersNotFoundForASymbolWithNeitherRowNorBars() {
    given().get("/api/bars/" + TestRows.uniqueSymbol("TN")).then().statusCode(404)
        .body("error", equalTo("not_found")).body("message", containsString("unknown symbol"));
  }

  @Test
  void answersAnEmptyPageForAListedSymbolWithoutBars() {
    given().get("/api/bars/" + listedOnly).then().statusCode(200)
        .body("bars.size()", equalTo(0)).body("next", nullValue());
  }

  @Test
  void answersUnknownRoutesWithJsonNotFound() {
    given().get("/api/nothing-here").then().statusCode(404)
        .contentType("application/json").body("error", equalTo("not_found"));
    given().get("/nothing-here").then().statusCode(404)
        .contentType("application/json").body("error", equalTo("not_found"));
  }
}
