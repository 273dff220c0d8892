package io.peripheral.feed.polygon.rest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the REST client talks to Polygon. {@code toString} never shows the key.
 *
 * @param ratePerSecond requests per second at most (a token spacing, not a burst allowance)
 * @param maxAttempts attempts per request on 429 and 5xx
 * @param initialBackoff first retry delay when the server gives no Retry-After; doubles per attempt
 * @param maxBackoff longest wait between attempts (also caps a server's Retry-After)
 */
public record RestSettings(URI baseUrl, String apiKey, double ratePerSecond, int maxAttempts,
    Duration initialBackoff, Duration maxBackoff, Duration requestTimeout) {
  public RestSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("no Polygon API key: set POLYGON_API_KEY (environment or .env)");
    }
    if (!(ratePerSecond > 0) || maxAttempts < 1) {
      throw new IllegalArgumentException("rate must be positive and attempts at least 1");
    }
  }

  public static RestSettings of(String baseUrl, String apiKey, double ratePerSecond, int maxAttempts,
      Duration maxBackoff) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return new RestSettings(URI.create(base), apiKey, ratePerSecond, maxAttempts, Duration.ofMillis(500), maxBackoff,
        Duration.ofSeconds(60));
  }

  @Override
  public String toString() {
    return "RestSettings[" + baseUrl + ", key=***, " + ratePerSecond + "/s, attempts=" + maxAttempts + "]";
  }
}
