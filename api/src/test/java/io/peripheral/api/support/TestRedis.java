package io.peripheral.api.support;

import io.peripheral.schemas.hotquote.HotQuoteJson;
import io.peripheral.schemas.hotquote.HotQuoteKeys;
import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes hot-quote entries into a real Redis exactly as the feed's writer does (the {@link HotQuoteKeys} layout,
 * {@link HotQuoteJson} fields, HSET then PEXPIRE in one pipeline), so API tests exercise the shared contract.
 */
public final class TestRedis implements AutoCloseable {
  private final Vertx vertx = Vertx.vertx();
  private final Redis redis;

  public TestRedis(int port) {
    this.redis = Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://localhost:" + port));
  }

  /** The test stack's Redis (it.redis.port). */
  public static TestRedis stack() {
    return new TestRedis(Integer.parseInt(System.getProperty("it.redis.port", "16379")));
  }

  public void put(String symbol, LastTrade trade, Nbbo nbbo) {
    String key = HotQuoteKeys.key(symbol);
    Request hset = Request.cmd(Command.HSET).arg(key);
    if (trade != null) {
      hset.arg(HotQuoteKeys.TRADE).arg(HotQuoteJson.write(trade));
    }
    if (nbbo != null) {
      hset.arg(HotQuoteKeys.NBBO).arg(HotQuoteJson.write(nbbo));
    }
    try {
      redis.batch(List.of(hset, Request.cmd(Command.PEXPIRE).arg(key).arg("600000"))).toCompletionStage()
          .toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not write to Redis", e);
    }
  }

  public void putRaw(String symbol, String field, String value) {
    try {
      redis.send(Request.cmd(Command.HSET).arg(HotQuoteKeys.key(symbol)).arg(field).arg(value)).toCompletionStage()
          .toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not write to Redis", e);
    }
  }

  @Override
  public void close() {
    redis.close();
    vertx.close();
  }
}
