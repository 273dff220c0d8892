package io.peripheral.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.quote.QuoteArrowCodec;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The hot-quote path end to end with the packaged services: the synthetic feed's HotQuoteWriter writes to the test
 * stack's Redis, the API serves what it wrote over REST and pushes it over the WebSocket quotes channel; the same
 * synthetic quotes arrive on the quotes topic.
 */
class HotQuotesEndToEndIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void syntheticTradesAndQuotesReachRedisAndAreServedByTheApiOverRestAndWebSocket() throws Exception {
    String id = "e2e-hq-" + System.currentTimeMillis();
    TopicCatalog ns = TopicCatalog.replay(id);
    try (ServiceProcess feed = Services.syntheticFeed(ns.prefix()).startAndAwaitReady();
        ServiceProcess api = Services.api().startAndAwaitReady()) {
      Quote produced = firstQuote(ns);
      String symbol = produced.symbol();
      String base = "http://localhost:" + Services.API_PORT;

      JsonNode quote = await("a cached quote of " + symbol).atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200)).until(() -> get(base + "/api/quotes/" + symbol),
              q -> q != null && q.path("nbbo").isObject() && q.path("trade").isObject());
      assertThat(quote.path("symbol").asText()).isEqualTo(symbol);
      assertThat(quote.path("nbbo").path("ask_price").asDouble())
          .isGreaterThanOrEqualTo(quote.path("nbbo").path("bid_price").asDouble());
      assertThat(quote.path("nbbo").path("sip_timestamp").asLong()).isGreaterThanOrEqualTo(produced.sipTimestamp());
      long ageNanos = System.currentTimeMillis() * 1_000_000L - quote.path("trade").path("sip_timestamp").asLong();
      assertThat(Duration.ofNanos(ageNanos)).as("the cache follows the live feed").isLessThan(Duration.ofSeconds(30));

      JsonNode many = get(base + "/api/quotes?symbols=" + symbol + ",NOSUCHSYMBOL");
      assertThat(many.path("quotes").get(0).path("symbol").asText()).isEqualTo(symbol);
      assertThat(many.path("missing").get(0).asText()).isEqualTo("NOSUCHSYMBOL");

      try (WsClient ws = new WsClient("ws://localhost:" + Services.API_PORT + "/ws")) {
        ws.send("{\"op\":\"subscribe\",\"channel\":\"quotes\",\"symbol\":\"" + symbol + "\"}");
        JsonNode snapshot = ws.await(m -> "quote".equals(m.path("type").asText()), Duration.ofSeconds(15),
            "with the snapshot");
        assertThat(snapshot.path("snapshot").asBoolean()).isTrue();
        JsonNode update = ws.await(m -> "quote".equals(m.path("type").asText()) && !m.path("snapshot").asBoolean(),
            Duration.ofSeconds(30), "with a live update");
        assertThat(update.path("symbol").asText()).isEqualTo(symbol);
      }
    } finally {
      Properties p = new Properties();
      p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.KAFKA);
      try (Admin admin = Admin.create(p)) {
        TopicAdmin.deleteReplayTopics(admin, ns);
      }
    }
  }

  private JsonNode get(String url) throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
  }

  /** The first synthetic quote on the namespace's quotes topic. */
  private static Quote firstQuote(TopicCatalog ns) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.KAFKA);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = new ArrayList<>();
      for (int i = 0; i < ns.quotes().partitions(); i++) {
        parts.add(new TopicPartition(ns.quotes().name(), i));
      }
      List<Quote> seen = new ArrayList<>();
      await("synthetic quotes on " + ns.quotes().name()).atMost(Duration.ofSeconds(60)).until(() -> {
        if (consumer.assignment().isEmpty()) {
          consumer.assign(parts);
          consumer.seekToBeginning(parts);
        }
        for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
          if (rec.value() != null) {
            seen.addAll(QuoteArrowCodec.decode(rec.value()).quotes());
          }
        }
        return !seen.isEmpty();
      });
      return seen.get(0);
    }
  }
}
