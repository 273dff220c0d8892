package io.peripheral.feed.hotquote;

import io.peripheral.schemas.hotquote.HotQuoteJson;
import io.peripheral.schemas.hotquote.HotQuoteKeys;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes hot-quote updates to Redis ({@link HotQuoteKeys} layout) as one pipeline: per symbol an {@code HSET} of
 * the fields it has and a {@code PEXPIRE}. Uses the Vert.x Redis client that quarkus-redis-client configures
 * ({@code quarkus.redis.hosts}); it reconnects by itself, so a Redis outage is only failed writes until it returns.
 * Called from the writer's own thread, which may block on the answer.
 */
public final class RedisHotQuoteStore implements HotQuoteStore {
  private final Redis redis;
  private final Duration timeout;

  public RedisHotQuoteStore(Redis redis, Duration timeout) {
    this.redis = redis;
    this.timeout = timeout;
  }

  @Override
  public void write(List<HotQuoteUpdate> updates, Duration ttl) {
    List<Request> requests = new ArrayList<>(updates.size() * 2);
    String ttlMillis = Long.toString(ttl.toMillis());
    for (HotQuoteUpdate u : updates) {
      String key = HotQuoteKeys.key(u.symbol());
      Request hset = Request.cmd(Command.HSET).arg(key);
      if (u.trade() != null) {
        hset.arg(HotQuoteKeys.TRADE).arg(HotQuoteJson.write(u.trade()));
      }
      if (u.nbbo() != null) {
        hset.arg(HotQuoteKeys.NBBO).arg(HotQuoteJson.write(u.nbbo()));
      }
      requests.add(hset);
      requests.add(Request.cmd(Command.PEXPIRE).arg(key).arg(ttlMillis));
    }
    try {
      redis.batch(requests).toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HotQuoteStoreException("interrupted while writing to Redis", e);
    } catch (ExecutionException e) {
      throw new HotQuoteStoreException("Redis write failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new HotQuoteStoreException("Redis did not answer within " + timeout, e);
    }
  }
}
