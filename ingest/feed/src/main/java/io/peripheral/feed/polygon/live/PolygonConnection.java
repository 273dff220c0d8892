package io.peripheral.feed.polygon.live;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One WebSocket session with Polygon, as a listener run by the dedicated reader thread. It only assembles
 * frames, drives the handshake (connected → auth → auth_success | auth_failed → subscribe → one "success" per
 * channel) from the frames' status messages and queues every complete frame; parsing happens on the processing
 * thread. {@link #ended()} completes once with how the session ended. The key is sent in the auth message only.
 */
final class PolygonConnection implements WebSocket.Listener {
  private static final Logger LOG = Logger.getLogger(PolygonConnection.class);

  /** How a session ended. */
  enum End { AUTH_FAILED, MAX_CONNECTIONS, DISCONNECTED }

  /** The outcome and a human-readable reason. */
  record Outcome(End end, String detail, boolean truncatedFrame) {}

  private final String apiKey;
  private final Supplier<String> subscribeParams;
  private final FrameQueue queue;
  private final CompletableFuture<Outcome> ended = new CompletableFuture<>();
  private final CompletableFuture<Void> authSucceeded = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private volatile boolean authenticated;
  private volatile int acknowledged;
  private volatile End pending;
  private String pendingDetail = "";

  PolygonConnection(String apiKey, Supplier<String> subscribeParams, FrameQueue queue) {
    this.apiKey = apiKey;
    this.subscribeParams = subscribeParams;
    this.queue = queue;
  }

  CompletableFuture<Outcome> ended() {
    return ended;
  }

  boolean authenticated() {
    return authenticated;
  }

  /** Completes on auth_success. */
  CompletableFuture<Void> authSucceeded() {
    return authSucceeded;
  }

  int acknowledged() {
    return acknowledged;
  }

  @Override
  public void onOpen(WebSocket ws) {
    ws.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      String frame = partial.toString();
      partial.setLength(0);
      handle(ws, frame);
    }
    ws.request(1);
    return null;
  }

  private void handle(WebSocket ws, String frame) {
    FrameParser.Statuses statuses = FrameParser.statuses(frame);
    for (StatusEvent s : statuses.events()) {
      switch (s.status()) {
        case "connected" -> ws.sendText("{\"action\":\"auth\",\"params\":\"" + apiKey + "\"}", true);
        case "auth_success" -> {
          authenticated = true;
          authSucceeded.complete(null);
          String params = subscribeParams.get();
          LOG.infof("authenticated; subscribing to %s", params);
          if (!params.isEmpty()) {
            ws.sendText("{\"action\":\"subscribe\",\"params\":\"" + params + "\"}", true);
          }
        }
        case "auth_failed" -> {
          finish(End.AUTH_FAILED, s.message());
          ws.sendClose(WebSocket.NORMAL_CLOSURE, "");
        }
        case "max_connections" -> {
          // Polygon closes the connection after this; remember why, so the backoff treats it as an eviction.
          pending = End.MAX_CONNECTIONS;
          pendingDetail = s.message();
        }
        case "success" -> acknowledged++;
        default -> LOG.infof("Polygon status %s: %s", s.status(), s.message());
      }
    }
    if (statuses.hasOther()) {
      queue.offer(frame);
    }
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    End end = pending != null ? pending : End.DISCONNECTED;
    String detail = pending != null ? pendingDetail : "closed by server (" + statusCode + " " + reason + ")";
    finish(end, detail);
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    finish(pending != null ? pending : End.DISCONNECTED, "connection error: " + error);
  }

  private void finish(End end, String detail) {
    ended.complete(new Outcome(end, detail, partial.length() > 0));
  }
}
