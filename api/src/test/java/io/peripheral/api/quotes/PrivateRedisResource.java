package io.peripheral.api.quotes;

import io.peripheral.schemas.testing.PrivateRedis;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Points the API at a redis-server of its own (random port) so a test can kill Redis without touching the shared
 * test stack; the test reaches the server through {@link #server()}.
 */
public class PrivateRedisResource implements QuarkusTestResourceLifecycleManager {
  private static volatile PrivateRedis server;

  public static PrivateRedis server() {
    return server;
  }

  @Override
  public Map<String, String> start() {
    try {
      server = new PrivateRedis().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("quarkus.redis.hosts", "redis://localhost:" + server.port(),
        "peripheral.quotes.poll-interval", "100ms");
  }

  @Override
  public void stop() {
    try {
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
