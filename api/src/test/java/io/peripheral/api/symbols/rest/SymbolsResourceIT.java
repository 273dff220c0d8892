package io.peripheral.api.symbols.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.peripheral.api.support.TestRows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SymbolsResourceIT {
  @Inject
  DataSource ds;

  private final String prefix = TestRows.uniqueSymbol("TS");

  @BeforeAll
  void insertSymbols() throws Exception {
    for (String suffix : new String[] {"C", "A", "B"}) {
      TestRows.insertSymbol(ds, prefix + suffix, "Test " + suffix);
    }
  }

  @Test
  void listsSymbolsWithAPrefixSortedByCode() {
    List<String> symbols = given().queryParam("q", prefix).get("/api/symbols").then().statusCode(200)
        .body("symbols[0].name", equalTo("Test A"))
        .body("symbols[0].type", equalTo("CS"))
        .body("symbols[0].active", equalTo(true))
        .extract().jsonPath().getList("symbols.symbol", String.class);
    assertThat(symbols).containsExactly(prefix + "A", prefix + "B", prefix + "C");
    String firstSeen = given().queryParam("q", prefix).get("/api/symbols").jsonPath().getString("symbols[0].first_seen");
    assertThat(firstSeen).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void prefersPolygonReferenceRowsForNameTypeAndActiveAndStillListsSymbolsWithoutThem() throws Exception {
    String ref = TestRows.uniqueSymbol("TR");
    TestRows.insertSymbol(ds, ref + "A", "Seen in trades");
    TestRows.insertSymbol(ds, ref + "B", "No reference row");
    try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO tickers (symbol, name, type, market, primary_exchange, active) VALUES ('" + ref
          + "A', 'Reference Name Inc.', 'ETF', 'stocks', 'XNAS', false)");
      // a ticker the platform has never seen is not listed
      s.executeUpdate("INSERT INTO tickers (symbol, name, type, active) VALUES ('" + ref + "C', 'Unseen', 'CS', true)");
    }
    given().queryParam("q", ref).get("/api/symbols").then().statusCode(200)
        .body("symbols.symbol", equalTo(List.of(ref + "A", ref + "B")))
        .body("symbols[0].name", equalTo("Reference Name Inc."))
        .body("symbols[0].type", equalTo("ETF"))
        .body("symbols[0].active", equalTo(false))
        .body("symbols[1].name", equalTo("No reference row"))
        .body("symbols[1].type", equalTo("CS"))
        .body("symbols[1].active", equalTo(true));
  }

  @Test
  void matchesThePrefixCaseInsensitively() {
    given().queryParam("q", prefix.toLowerCase()).get("/api/symbols").then().statusCode(200)
        .body("symbols.size()", equalTo(3));
  }

  @Test
  void stopsAtTheLimit() {
    given().queryParam("q", prefix).queryParam("limit", 2).get("/api/symbols").then().statusCode(200)
        .body("symbols.symbol", equalTo(List.of(prefix + "A", prefix + "B")));
  }

  @Test
  void treatsLikeWildcardsInThePrefixLiterally() {
    given().queryParam("q", prefix.substring(0, 2) + "%").get("/api/symbols").then().statusCode(200)
        .body("symbols.size()", equalTo(0));
  }

  @Test
  void rejectsABadLimit() {
    given().queryParam("limit", "0").get("/api/symbols").then().statusCode(400)
        .body("parameter", equalTo("limit"));
  }
}
