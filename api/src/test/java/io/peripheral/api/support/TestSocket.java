package io.peripheral.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JDK WebSocket client that queues every text frame as JSON. */
public final class TestSocket implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  private TestSocket(URI uri) {
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
        .buildAsync(uri, new Listener()).orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Connects to {@code /ws} of the server whose HTTP base URL is {@code http}. */
  public static TestSocket connect(URI http) {
    return new TestSocket(URI.create(http.toString().replaceFirst("^http", "ws")));
  }

  public void send(String text) {
    socket.sendText(text, true).orTimeout(5, TimeUnit.SECONDS).join();
  }

  /** The next frame, waiting at most {@code timeout}; fails when none arrives. */
  public JsonNode next(Duration timeout) {
    try {
      JsonNode n = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (n == null) {
        throw new AssertionError("no WebSocket message within " + timeout);
      }
      return n;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  public JsonNode next() {
    return next(Duration.ofSeconds(15));
  }

  /** The frame received within {@code timeout}, or null. */
  public JsonNode poll(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          received.add(MAPPER.readTree(partial.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
