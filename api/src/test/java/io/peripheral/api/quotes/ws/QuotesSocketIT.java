package io.peripheral.api.quotes.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.peripheral.api.support.TestRedis;
import io.peripheral.api.support.TestRows;
import io.peripheral.api.support.TestSocket;
import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The quotes channel of {@code /ws} against the test stack's real Redis. */
@QuarkusTest
class QuotesSocketIT {
  private static final long T0 = 1_704_205_800_000_000_000L;

  @TestHTTPResource("/ws")
  URI ws;

  private static String subscribe(String op, String symbol) {
    return "{\"op\":\"" + op + "\",\"channel\":\"quotes\",\"symbol\":\"" + symbol + "\"}";
  }

  @Test
  void aSubscriberGetsAckThenTheSnapshotThenEachNewerStateAndNothingAfterUnsubscribing() throws Exception {
    String symbol = TestRows.uniqueSymbol("QW");
    String empty = TestRows.uniqueSymbol("QE");
    try (TestRedis redis = TestRedis.stack(); TestSocket socket = TestSocket.connect(ws)) {
      redis.put(symbol, new LastTrade(20, 100, 4, new int[0], T0), new Nbbo(19.99, 100, 1, 20.01, 200, 2, T0));

      socket.send(subscribe("subscribe", symbol));
      JsonNode ack = socket.next();
      assertThat(ack.path("type").asText()).isEqualTo("ack");
      assertThat(ack.path("channel").asText()).isEqualTo("quotes");
      assertThat(ack.has("interval")).isFalse();
      JsonNode snapshot = socket.next();
      assertThat(snapshot.path("type").asText()).isEqualTo("quote");
      assertThat(snapshot.path("snapshot").asBoolean()).isTrue();
      assertThat(snapshot.path("quote").path("trade").path("price").asDouble()).isEqualTo(20);
      assertThat(snapshot.path("quote").path("nbbo").path("ask_size").asDouble()).isEqualTo(200);

      redis.put(symbol, new LastTrade(20.5, 100, 4, new int[0], T0 + 1_000), null);
      JsonNode update = socket.next(Duration.ofSeconds(10));
      assertThat(update.path("snapshot").asBoolean()).isFalse();
      assertThat(update.path("quote").path("trade").path("price").asDouble()).isEqualTo(20.5);
      assertThat(update.path("quote").path("nbbo").path("bid_price").asDouble()).isEqualTo(19.99);

      socket.send(subscribe("subscribe", empty));
      assertThat(socket.next().path("type").asText()).isEqualTo("ack");
      JsonNode nothing = socket.next();
      assertThat(nothing.path("symbol").asText()).isEqualTo(empty);
      assertThat(nothing.path("quote").path("trade").isNull()).isTrue();

      socket.send(subscribe("unsubscribe", symbol));
      assertThat(socket.next().path("type").asText()).isEqualTo("ack");
      redis.put(symbol, new LastTrade(21, 100, 4, new int[0], T0 + 2_000), null);
      assertThat(socket.poll(Duration.ofSeconds(1))).as("no quotes after unsubscribing").isNull();
    }
  }

  @Test
  void aQuotesSubscriptionWithoutASymbolGetsAnErrorFrame() {
    try (TestSocket socket = TestSocket.connect(ws)) {
      socket.send("{\"op\":\"subscribe\",\"channel\":\"quotes\"}");
      JsonNode error = socket.next();
      assertThat(error.path("type").asText()).isEqualTo("error");
      assertThat(error.path("message").asText()).contains("symbol is missing");
    }
  }
}
