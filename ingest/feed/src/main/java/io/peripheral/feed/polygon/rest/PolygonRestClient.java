package io.peripheral.feed.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * GET requests to Polygon's REST API. The key travels in the {@code Authorization: Bearer} header only, so it is
 * never part of a URL that is logged (Polygon's {@code next_url} carries a cursor, not the key; an
 * {@code apiKey} parameter a proxy may add is stripped from logged URLs anyway). Requests are spaced by the
 * configured rate; 429 and 5xx (and I/O errors) are retried with exponential backoff and jitter, honouring
 * {@code Retry-After}; other 4xx fail at once.
 */
public final class PolygonRestClient {
  private static final Logger LOG = Logger.getLogger(PolygonRestClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RestSettings settings;
  private final HttpClient http;
  private final RateLimiter limiter;

  public PolygonRestClient(RestSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.limiter = new RateLimiter(settings.ratePerSecond(), System::nanoTime);
  }

  public RestSettings settings() {
    return settings;
  }

  /** {@code pathAndQuery} relative to the base URL ({@code /v3/trades/AAPL?...}) or an absolute next_url. */
  public JsonNode get(String pathAndQuery) {
    URI uri = pathAndQuery.startsWith("http") ? URI.create(pathAndQuery)
        : URI.create(settings.baseUrl() + pathAndQuery);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
        .header("Authorization", "Bearer " + settings.apiKey()).header("Accept", "application/json").GET().build();
    long backoffMs = settings.initialBackoff().toMillis();
    for (int attempt = 1; ; attempt++) {
      limiter.acquire();
      String problem;
      Duration wait;
      int status = 0;
      try {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        status = r.statusCode();
        if (status == 200) {
          return JSON.readTree(r.body());
        }
        problem = "HTTP " + status + ": " + snippet(r.body());
        if (status != 429 && status < 500) {
          throw new PolygonRestException("GET " + loggable(uri) + " failed: " + problem, status, null);
        }
        wait = RetryAfter.parse(r.headers().firstValue("Retry-After").orElse(null), Instant.now())
            .orElse(jittered(backoffMs));
      } catch (IOException e) {
        problem = e.toString();
        wait = jittered(backoffMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PolygonRestException("interrupted during GET " + loggable(uri));
      }
      if (attempt >= settings.maxAttempts()) {
        throw new PolygonRestException("GET " + loggable(uri) + " failed after " + attempt + " attempts: " + problem,
            status, null);
      }
      if (wait.compareTo(settings.maxBackoff()) > 0) {
        wait = settings.maxBackoff();
      }
      LOG.warnf("GET %s: %s; retry %d/%d in %d ms", loggable(uri), problem, attempt, settings.maxAttempts() - 1,
          wait.toMillis());
      LockSupport.parkNanos(wait.toNanos());
      backoffMs = Math.min(backoffMs * 2, settings.maxBackoff().toMillis());
    }
  }

  /** Every page of a paginated endpoint, following {@code next_url} until it is absent. */
  public Iterator<JsonNode> pages(String firstPathAndQuery) {
    return new Iterator<>() {
      private String next = firstPathAndQuery;

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public JsonNode next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        JsonNode page = get(next);
        JsonNode n = page.get("next_url");
        next = n != null && n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
        return page;
      }
    };
  }

  private static Duration jittered(long ms) {
    return Duration.ofMillis(Math.round(ms * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble())));
  }

  /** The URL without any key a proxy or an old-style next_url may carry. */
  static String loggable(URI uri) {
    return uri.toString().replaceAll("(?i)(apiKey=)[^&]*", "$1***");
  }

  private static String snippet(byte[] body) {
    String s = new String(body, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
