package io.peripheral.feed.hotquote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peripheral.schemas.hotquote.HotQuoteJson;
import io.peripheral.schemas.hotquote.HotQuoteKeys;
import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.testing.PrivateRedis;
import io.peripheral.schemas.trade.Trade;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The writer against real Redis servers: the test stack's, and a private one the test kills and restarts. */
class HotQuoteRedisIT {
  private static final int STACK_PORT = Integer.parseInt(System.getProperty("it.redis.port", "16379"));
  private static final long T0 = System.currentTimeMillis() * 1_000_000L;
  private static final Vertx VERTX = Vertx.vertx();

  @AfterAll
  static void closeVertx() {
    VERTX.close();
  }

  private static Redis client(int port) {
    return Redis.createClient(VERTX, new RedisOptions().setConnectionString("redis://localhost:" + port)
        .setMaxWaitingHandlers(10_000));
  }

  private static String hget(Redis redis, String key, String field) throws Exception {
    Response r = redis.send(Request.cmd(Command.HGET).arg(key).arg(field)).toCompletionStage().toCompletableFuture()
        .get(5, TimeUnit.SECONDS);
    return r == null ? null : r.toString();
  }

  private static long pttl(Redis redis, String key) throws Exception {
    return redis.send(Request.cmd(Command.PTTL).arg(key)).toCompletionStage().toCompletableFuture()
        .get(5, TimeUnit.SECONDS).toLong();
  }

  @Test
  void conflatedTradesAndQuotesLandInRedisAsTheContractSaysWithTheirTtl() throws Exception {
    Redis redis = client(STACK_PORT);
    String symbol = "HQ" + Long.toString(System.nanoTime(), 36).toUpperCase();
    try (HotQuoteWriter writer = new HotQuoteWriter(new RedisHotQuoteStore(redis, Duration.ofSeconds(2)),
        Duration.ofMillis(50), Duration.ofMinutes(10), Duration.ofSeconds(1), new SimpleMeterRegistry()).start()) {
      for (int i = 1; i <= 1000; i++) {
        writer.onTrade(Trade.of(symbol, T0 + i, 100 + i / 100.0, i, 37));
        writer.onQuote(new Quote(symbol, T0 + i, 0, 11, 100, 200 + i, 12, 100.02, 300, null, null, i, 3, 0));
      }
      String key = HotQuoteKeys.key(symbol);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        String trade = hget(redis, key, HotQuoteKeys.TRADE);
        assertThat(trade).isNotNull();
        LastTrade t = HotQuoteJson.readTrade(trade);
        assertThat(t.sipTimestamp()).isEqualTo(T0 + 1000);
        assertThat(t.price()).isEqualTo(110.0);
        assertThat(t.conditions()).containsExactly(37);
        Nbbo q = HotQuoteJson.readNbbo(hget(redis, key, HotQuoteKeys.NBBO));
        assertThat(q.bidSize()).isEqualTo(1200);
        assertThat(q.askExchange()).isEqualTo(12);
      });
      assertThat(pttl(redis, key)).isBetween(1L, Duration.ofMinutes(10).toMillis());
      assertThat(writer.writtenCount()).as("1000 trades and quotes conflated into a few writes").isLessThan(50);
      assertThat(writer.failureCount()).isZero();
    } finally {
      redis.close();
    }
  }

  @Test
  void aRedisOutageIsCountedNeverBlocksTheSourceAndTheNewestValuesArriveWhenRedisReturns() throws Exception {
    try (PrivateRedis server = new PrivateRedis().start()) {
      Redis redis = client(server.port());
      try (HotQuoteWriter writer = new HotQuoteWriter(new RedisHotQuoteStore(redis, Duration.ofMillis(500)),
          Duration.ofMillis(50), Duration.ofMinutes(10), Duration.ofMillis(400), new SimpleMeterRegistry()).start()) {
        writer.onTrade(Trade.of("OUT", T0, 1.0, 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> hget(redis, HotQuoteKeys.key("OUT"), "trade") != null);

        server.stop();
        long started = System.nanoTime();
        for (int i = 1; i <= 100_000; i++) {
          writer.onTrade(Trade.of("OUT", T0 + i, 1.0 + i / 1000.0, 1));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the source is never held up by Redis")
            .isLessThan(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> writer.failureCount() >= 2);
        assertThat(writer.lastError()).isNotNull();

        server.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
          String trade = hget(redis, HotQuoteKeys.key("OUT"), "trade");
          assertThat(trade).isNotNull();
          assertThat(HotQuoteJson.readTrade(trade).price()).isEqualTo(101.0);
        });
        // the flusher clears the error just after its write lands, so the value above can be seen a moment earlier
        await().atMost(Duration.ofSeconds(10)).until(() -> writer.lastError() == null);
      } finally {
        redis.close();
      }
    }
  }
}
