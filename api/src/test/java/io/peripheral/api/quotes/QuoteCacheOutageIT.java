package io.peripheral.api.quotes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.peripheral.schemas.testing.PrivateRedis;
import io.peripheral.api.support.TestRedis;
import io.peripheral.api.support.TestRows;
import io.peripheral.api.support.TestSocket;
import io.peripheral.schemas.hotquote.LastTrade;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped under a running API: the quotes endpoints answer 503 with a clear message, live quote subscribers
 * get an error frame, and everything else (symbols, bars, the bars channel, readiness) keeps working; when Redis
 * returns, quotes do too. Uses a private redis-server (killed and restarted here), never the shared stack's.
 */
@QuarkusTest
@QuarkusTestResource(value = PrivateRedisResource.class, restrictToAnnotatedClass = true)
class QuoteCacheOutageIT {
  private static final long T0 = 1_704_205_800_000_000_000L;

  @TestHTTPResource("/ws")
  URI ws;

  @Test
  void redisDownMeans503ForQuotesOnlyAndQuotesComeBackWithRedis() throws Exception {
    PrivateRedis server = PrivateRedisResource.server();
    String symbol = TestRows.uniqueSymbol("QO");
    try (TestRedis redis = new TestRedis(server.port())) {
      redis.put(symbol, new LastTrade(50, 100, 4, new int[0], T0), null);
    }
    given().get("/api/quotes/" + symbol).then().statusCode(200).body("trade.price", equalTo(50.0f));

    try (TestSocket socket = TestSocket.connect(ws)) {
      socket.send("{\"op\":\"subscribe\",\"channel\":\"quotes\",\"symbol\":\"" + symbol + "\"}");
      assertThat(socket.next().path("type").asText()).isEqualTo("ack");
      JsonNode snapshot = socket.next();
      assertThat(snapshot.path("type").asText()).isEqualTo("quote");
      assertThat(snapshot.path("snapshot").asBoolean()).isTrue();

      server.stop();

      given().get("/api/quotes/" + symbol).then().statusCode(503)
          .body("error", equalTo("unavailable"))
          .body("message", containsString("quote cache (Redis) is unreachable"))
          .body("message", containsString("bars and symbols are not affected"));
      given().queryParam("symbols", symbol + ",MSFT").get("/api/quotes").then().statusCode(503)
          .body("error", equalTo("unavailable"));
      JsonNode error = socket.next(Duration.ofSeconds(10));
      assertThat(error.path("type").asText()).isEqualTo("error");
      assertThat(error.path("channel").asText()).isEqualTo("quotes");
      assertThat(error.path("symbol").asText()).isEqualTo(symbol);

      given().get("/api/symbols").then().statusCode(200);
      given().get("/api/bars/" + TestRows.uniqueSymbol("QX")).then().statusCode(404);
      given().get("/q/health/ready").then().statusCode(200);
      socket.send("{\"op\":\"subscribe\",\"channel\":\"bars\",\"symbol\":\"" + symbol + "\",\"interval\":\"1m\"}");
      JsonNode barsAck = socket.next();
      assertThat(barsAck.path("type").asText()).isEqualTo("ack");
      assertThat(barsAck.path("channel").asText()).isEqualTo("bars");

      server.start();
      try (TestRedis redis = new TestRedis(server.port())) {
        redis.put(symbol, new LastTrade(51, 100, 4, new int[0], T0 + 1), null);
      }
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
          given().get("/api/quotes/" + symbol).then().statusCode(200).body("trade.price", equalTo(51.0f)));
      JsonNode update = socket.next(Duration.ofSeconds(10));
      assertThat(update.path("type").asText()).isEqualTo("quote");
      assertThat(update.path("snapshot").asBoolean()).isFalse();
      assertThat(update.path("quote").path("trade").path("price").asDouble()).isEqualTo(51.0);
    }
  }
}
