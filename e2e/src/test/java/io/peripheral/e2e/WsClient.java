package io.peripheral.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A JDK WebSocket client that collects the server's JSON messages. */
final class WsClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  WsClient(String url) {
    socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
      private final StringBuilder partial = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          try {
            received.add(JSON.readTree(partial.toString()));
          } catch (Exception e) {
            received.add(JSON.createObjectNode().put("type", "unparsable").put("text", partial.toString()));
          }
          partial.setLength(0);
        }
        ws.request(1);
        return null;
      }
    }).join();
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  /** The first message matching {@code what} within {@code timeout}; messages before it are skipped. */
  JsonNode await(Predicate<JsonNode> what, Duration timeout, String description) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      JsonNode m = left > 0 ? received.poll(left, TimeUnit.NANOSECONDS) : null;
      if (m == null) {
        throw new AssertionError("no WebSocket message " + description + " within " + timeout);
      }
      if (what.test(m)) {
        return m;
      }
    }
  }

  boolean isOpen() {
    return !socket.isOutputClosed() && !socket.isInputClosed();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }
}
