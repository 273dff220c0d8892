package io.peripheral.api.quotes.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.peripheral.api.support.TestRedis;
import io.peripheral.api.support.TestRows;
import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /api/quotes} against the test stack's real Redis, filled the way the feed's writer fills it. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotesResourceIT {
  private static final long T0 = 1_704_205_800_000_000_123L;
  private final String both = TestRows.uniqueSymbol("QB");
  private final String tradeOnly = TestRows.uniqueSymbol("QT");
  private final String nothing = TestRows.uniqueSymbol("QN");
  private final String corrupt = TestRows.uniqueSymbol("QC");
  private TestRedis redis;

  @BeforeAll
  void fillTheCache() {
    redis = TestRedis.stack();
    redis.put(both, new LastTrade(185.5, 0.25, 11, new int[] {12, 37}, T0),
        new Nbbo(185.4, 300, 12, 185.6, 200, 11, T0 + 5));
    redis.put(tradeOnly, new LastTrade(10, 100, 4, new int[0], T0), null);
    redis.putRaw(corrupt, "trade", "{not json");
  }

  @AfterAll
  void close() {
    redis.close();
  }

  @Test
  void oneSymbolGivesItsLatestTradeAndNbboWithNanosecondAndIsoTimes() {
    given().get("/api/quotes/" + both).then().statusCode(200)
        .body("symbol", equalTo(both))
        .body("trade.price", equalTo(185.5f))
        .body("trade.size", equalTo(0.25f))
        .body("trade.exchange", equalTo(11))
        .body("trade.conditions", contains(12, 37))
        .body("trade.sip_timestamp", equalTo(T0))
        .body("trade.time", equalTo("2024-01-02T14:30:00.000000123Z"))
        .body("nbbo.bid_price", equalTo(185.4f))
        .body("nbbo.bid_size", equalTo(300.0f))
        .body("nbbo.ask_price", equalTo(185.6f))
        .body("nbbo.ask_exchange", equalTo(11))
        .body("nbbo.sip_timestamp", equalTo(T0 + 5));
    given().get("/api/quotes/" + tradeOnly).then().statusCode(200).body("nbbo", nullValue());
  }

  @Test
  void severalSymbolsComeInTheOrderAskedWithTheUncachedOnesListedAsMissing() {
    given().queryParam("symbols", nothing + ", " + tradeOnly + "," + both + "," + tradeOnly).get("/api/quotes")
        .then().statusCode(200)
        .body("quotes.symbol", contains(tradeOnly, both))
        .body("missing", contains(nothing));
  }

  @Test
  void anUncachedOrCorruptSymbolIs404AndBadRequestsAre400WithTheParameterNamed() {
    given().get("/api/quotes/" + nothing).then().statusCode(404).body("error", equalTo("not_found"))
        .body("message", containsString(nothing));
    given().get("/api/quotes/" + corrupt).then().statusCode(404);
    given().get("/api/quotes/BAD$SYM").then().statusCode(400).body("parameter", equalTo("symbol"));
    given().get("/api/quotes").then().statusCode(400).body("parameter", equalTo("symbols"))
        .body("message", containsString("required"));
    given().queryParam("symbols", "A,,B").get("/api/quotes").then().statusCode(400)
        .body("parameter", equalTo("symbols"));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append("S").append(i);
    }
    given().queryParam("symbols", many.toString()).get("/api/quotes").then().statusCode(400)
        .body("message", containsString("at most 100"));
  }

  @Test
  void theOpenApiDocumentDescribesTheQuotesEndpoints() {
    given().accept("application/json").get("/q/openapi").then().statusCode(200)
        .body("paths.'/api/quotes/{symbol}'.get.operationId", equalTo("getQuote"))
        .body("paths.'/api/quotes'.get.responses.'503'", org.hamcrest.Matchers.notNullValue())
        .body("components.schemas.QuoteView.properties.trade", org.hamcrest.Matchers.notNullValue());
  }
}
