package io.peripheral.feed.polygon.live;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the live client connects. {@code toString} never shows the key.
 *
 * @param stableAfter a session that lasted this long resets the reconnect backoff
 * @param dedupeWindow event-time window within which duplicate trades are recognised
 */
public record LiveSettings(URI wsUrl, String apiKey, String subscribe, List<String> backfillSymbols,
    int queueCapacity, Duration reconnectInitial, Duration reconnectMax, Duration maxConnectionsBackoff,
    Duration stableAfter, Duration handshakeTimeout, Duration dedupeWindow) {

  public LiveSettings {
    Objects.requireNonNull(wsUrl, "wsUrl");
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("no Polygon API key: set POLYGON_API_KEY (environment or .env)");
    }
    if (apiKey.contains("\"") || apiKey.contains("\\")) {
      throw new IllegalArgumentException("the Polygon API key contains a quote or backslash: check POLYGON_API_KEY");
    }
    Subscriptions.parse(subscribe);
    backfillSymbols = List.copyOf(backfillSymbols);
    if (queueCapacity < 2) {
      throw new IllegalArgumentException("queue capacity must be at least 2, was " + queueCapacity);
    }
  }

  @Override
  public String toString() {
    return "LiveSettings[" + wsUrl + ", key=***, subscribe=" + subscribe + ", backfill=" + backfillSymbols + "]";
  }
}
