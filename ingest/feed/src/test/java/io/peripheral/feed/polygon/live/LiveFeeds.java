package io.peripheral.feed.polygon.live;

import io.peripheral.feed.polygon.fake.FakePolygon;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Live settings against the fake, with test-sized backoffs. */
public final class LiveFeeds {
  private LiveFeeds() {}

  public static LiveSettings settings(FakePolygon fake, String key, String subscribe, List<String> backfill,
      Duration evictedFloor) {
    return settings(fake, key, subscribe, backfill, evictedFloor, 10_000);
  }

  public static LiveSettings settings(FakePolygon fake, String key, String subscribe, List<String> backfill,
      Duration evictedFloor, int queueCapacity) {
    return new LiveSettings(URI.create(fake.wsUrl()), key, subscribe, backfill, queueCapacity, Duration.ofMillis(100),
        Duration.ofSeconds(2), evictedFloor, Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofSeconds(5));
  }
}
