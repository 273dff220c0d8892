package io.peripheral.api.bars.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.peripheral.api.support.TestRows;
import io.peripheral.schemas.bar.Interval;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code adjusted=true}: five daily bars (2024-03-04 .. 03-08; closes 100.5 .. 104.5, volumes 1000 .. 1004), a
 * 1-for-2 split executed 2024-03-06 and a 1.035 dividend going ex 2024-03-08 (previous close 103.5: factor 0.99).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdjustedBarsIT {
  @Inject
  DataSource ds;

  private final String symbol = TestRows.uniqueSymbol("TJ");

  @BeforeAll
  void insertBarsAndActions() throws Exception {
    TestRows.insertBars(ds, TestRows.bars(symbol, Interval.D1, Instant.parse("2024-03-04T15:00:00Z"), 5));
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO splits (symbol, execution_date, split_from, split_to) VALUES ('" + symbol
          + "', '2024-03-06', 1, 2)");
      s.executeUpdate("INSERT INTO dividends (symbol, ex_dividend_date, cash_amount) VALUES ('" + symbol
          + "', '2024-03-08', 1.035)");
    }
  }

  private JsonPath get(String... params) {
    var req = given().queryParam("interval", "1d");
    for (int i = 0; i < params.length; i += 2) {
      req = req.queryParam(params[i], params[i + 1]);
    }
    return req.get("/api/bars/" + symbol).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void rawBarsAreUnchangedAndSayNotAdjusted() {
    JsonPath raw = get();
    assertThat(raw.getBoolean("adjusted")).isFalse();
    assertThat(raw.getList("bars.close", Double.class)).containsExactly(100.5, 101.5, 102.5, 103.5, 104.5);
    assertThat(raw.getList("bars.volume", Double.class)).containsExactly(1000.0, 1001.0, 1002.0, 1003.0, 1004.0);
  }

  @Test
  void splitAdjustsPricesAndVolumesOfBarsBeforeTheExecutionDateOnly() {
    JsonPath adj = get("adjusted", "true");
    assertThat(adj.getBoolean("adjusted")).isTrue();
    assertThat(adj.getBoolean("dividends")).isFalse();
    assertThat(adj.getList("bars.close", Double.class)).containsExactly(50.25, 50.75, 102.5, 103.5, 104.5);
    assertThat(adj.getList("bars.open", Double.class)).containsExactly(50.0, 50.5, 102.0, 103.0, 104.0);
    assertThat(adj.getList("bars.volume", Double.class)).containsExactly(2000.0, 2002.0, 1002.0, 1003.0, 1004.0);
    // stored rows stay raw: asking again without adjustment gives the raw bars back
    assertThat(get().getList("bars.close", Double.class)).first().isEqualTo(100.5);
  }

  @Test
  void dividendsAreAppliedWhenAskedUsingThePreviousClose() {
    JsonPath adj = get("adjusted", "true", "dividends", "true");
    assertThat(adj.getBoolean("dividends")).isTrue();
    List<Double> closes = adj.getList("bars.close", Double.class);
    double[] expected = {100.5 * 0.5 * 0.99, 101.5 * 0.5 * 0.99, 102.5 * 0.99, 103.5 * 0.99, 104.5};
    for (int i = 0; i < expected.length; i++) {
      assertThat(closes.get(i)).as("close %d", i).isCloseTo(expected[i], within(1e-9));
    }
    assertThat(adj.getList("bars.volume", Double.class)).containsExactly(2000.0, 2002.0, 1002.0, 1003.0, 1004.0);
  }

  @Test
  void keepsTheAdjustmentInTheNextPageUrl() {
    JsonPath page = get("adjusted", "true", "limit", "2");
    assertThat(page.getString("next_url")).contains("adjusted=true");
  }

  @Test
  void rejectsABadAdjustedValueAndDividendsWithoutAdjusted() {
    given().queryParam("adjusted", "yes").get("/api/bars/" + symbol).then().statusCode(400)
        .body("error", equalTo("bad_request")).body("parameter", equalTo("adjusted")).body("value", equalTo("yes"))
        .body("message", containsString("true or false"));
    given().queryParam("dividends", "true").get("/api/bars/" + symbol).then().statusCode(400)
        .body("parameter", equalTo("dividends")).body("message", containsString("needs adjusted=true"));
  }
}
