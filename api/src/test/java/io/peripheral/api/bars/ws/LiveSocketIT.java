package io.peripheral.api.bars.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.peripheral.api.bars.service.LiveBarConsumer;
import io.peripheral.api.support.TestRows;
import io.peripheral.api.support.TestSocket;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import io.peripheral.schemas.topic.Topic;
import io.peripheral.schemas.topic.TopicCatalog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSocketIT {
  private static final Topic<String, Bar> MINUTES = TopicCatalog.live().bars(Interval.M1);

  @TestHTTPResource("/ws")
  URI ws;

  @Inject
  LiveBarConsumer consumer;

  @ConfigProperty(name = "peripheral.kafka.bootstrap-servers")
  String bootstrap;

  private KafkaProducer<String, Bar> producer;

  @BeforeAll
  void startProducer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(p, MINUTES.keySerde().serializer(), MINUTES.valueSerde().serializer());
    await().atMost(Duration.ofSeconds(60)).until(consumer::isAssigned);
  }

  @AfterAll
  void stopProducer() {
    producer.close(Duration.ofSeconds(5));
  }

  @Test
  void subscriberReceivesAckThenFormingAndFinalBarsInOrder() {
    String symbol = TestRows.uniqueSymbol("TW");
    long start = Interval.M1.windowStart(TestRows.ns(Instant.now()));
    try (TestSocket socket = TestSocket.connect(ws)) {
      socket.send(subscribe(symbol));
      assertAck(socket.next(), "subscribe", symbol);

      produce(bar(symbol, start, 10.0, false));
      JsonNode forming = socket.next();
      assertThat(forming.path("type").asText()).isEqualTo("bar");
      assertThat(forming.path("bar").path("symbol").asText()).isEqualTo(symbol);
      assertThat(forming.path("bar").path("final").asBoolean()).isFalse();
      assertThat(forming.path("bar").path("start").asLong()).isEqualTo(start);

      produce(bar(symbol, start, 11.0, true));
      JsonNode fin = socket.next();
      assertThat(fin.path("bar").path("final").asBoolean()).isTrue();
      assertThat(fin.path("bar").path("close").asDouble()).isEqualTo(11.0);
      assertThat(fin.path("bar").path("time").asText()).isEqualTo(Instant.ofEpochSecond(start / 1_000_000_000L)
          .toString());
    }
  }

  @Test
  void malformedMessagesGetErrorFramesAndTheConnectionKeepsWorking() {
    String symbol = TestRows.uniqueSymbol("TM");
    try (TestSocket socket = TestSocket.connect(ws)) {
      String[][] cases = {
          {"not json", "not JSON"},
          {"[1,2]", "JSON object"},
          {"{\"op\":\"dance\",\"channel\":\"bars\",\"symbol\":\"A\",\"interval\":\"1m\"}", "unknown op"},
          {"{\"op\":\"subscribe\",\"channel\":\"trades\",\"symbol\":\"A\",\"interval\":\"1m\"}", "unknown channel"},
          {"{\"op\":\"subscribe\",\"channel\":\"bars\",\"interval\":\"1m\"}", "symbol is missing"},
          {"{\"op\":\"subscribe\",\"channel\":\"bars\",\"symbol\":\"A\",\"interval\":\"2m\"}", "1s, 1m, 5m"},
      };
      for (String[] c : cases) {
        socket.send(c[0]);
        JsonNode error = socket.next();
        assertThat(error.path("type").asText()).as(c[0]).isEqualTo("error");
        assertThat(error.path("message").asText()).as(c[0]).contains(c[1]);
      }
      socket.send(subscribe(symbol));
      assertAck(socket.next(), "subscribe", symbol);
      long start = Interval.M1.windowStart(TestRows.ns(Instant.now()));
      produce(bar(symbol, start, 5.0, false));
      assertThat(socket.next().path("bar").path("symbol").asText()).isEqualTo(symbol);
    }
  }

  @Test
  void newSubscriberGetsTheCurrentFormingBarFirst() {
    String symbol = TestRows.uniqueSymbol("TF");
    long start = Interval.M1.windowStart(TestRows.ns(Instant.now()));
    try (TestSocket first = TestSocket.connect(ws); TestSocket second = TestSocket.connect(ws)) {
      first.send(subscribe(symbol));
      assertAck(first.next(), "subscribe", symbol);
      produce(bar(symbol, start, 20.0, false));
      produce(bar(symbol, start, 21.0, false));
      await().atMost(Duration.ofSeconds(15)).until(() -> first.next().path("bar").path("close").asDouble() == 21.0);

      second.send(subscribe(symbol));
      assertAck(second.next(), "subscribe", symbol);
      JsonNode current = second.next();
      assertThat(current.path("bar").path("final").asBoolean()).isFalse();
      assertThat(current.path("bar").path("close").asDouble()).isEqualTo(21.0);

      produce(bar(symbol, start, 22.0, true));
      assertThat(second.next().path("bar").path("final").asBoolean()).isTrue();
    }
  }

  @Test
  void unsubscribedClientGetsNoMoreBars() throws Exception {
    String symbol = TestRows.uniqueSymbol("TU");
    long start = Interval.M1.windowStart(TestRows.ns(Instant.now()));
    try (TestSocket socket = TestSocket.connect(ws); TestSocket witness = TestSocket.connect(ws)) {
      socket.send(subscribe(symbol));
      witness.send(subscribe(symbol));
      assertAck(socket.next(), "subscribe", symbol);
      assertAck(witness.next(), "subscribe", symbol);
      socket.send(subscribe(symbol).replace("\"subscribe\"", "\"unsubscribe\""));
      assertAck(socket.next(), "unsubscribe", symbol);

      produce(bar(symbol, start, 30.0, false));
      assertThat(witness.next().path("bar").path("close").asDouble()).isEqualTo(30.0);
      assertThat(socket.poll(Duration.ofMillis(300))).isNull();
    }
  }

  private static void assertAck(JsonNode ack, String op, String symbol) {
    assertThat(ack.path("type").asText()).isEqualTo("ack");
    assertThat(ack.path("op").asText()).isEqualTo(op);
    assertThat(ack.path("symbol").asText()).isEqualTo(symbol);
    assertThat(ack.path("interval").asText()).isEqualTo("1m");
  }

  private static String subscribe(String symbol) {
    return "{\"op\":\"subscribe\",\"channel\":\"bars\",\"symbol\":\"" + symbol + "\",\"interval\":\"1m\"}";
  }

  private static Bar bar(String symbol, long start, double close, boolean isFinal) {
    return new Bar(symbol, Interval.M1, start, 10, 30, 5, close, 100, 12, 3, Session.of(Interval.M1, start), isFinal,
        BarSource.LIVE, 0, "test-rules");
  }

  private void produce(Bar bar) {
    try {
      producer.send(new ProducerRecord<>(MINUTES.name(), bar.symbol(), bar)).get();
    } catch (Exception e) {
      throw new AssertionError("could not produce " + bar, e);
    }
  }
}
