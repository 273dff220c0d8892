package io.peripheral.feed.polygon.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Polygon stand-in for tests (Vert.x, one port for WebSocket and REST), impolite on purpose. WebSocket
 * {@code /stocks}: the real handshake and status messages, frames mixing T/Q/AM events in bursts, missing
 * optional fields, duplicate trades and late prints (backward sequence numbers, in the fixtures), and per
 * connection a scripted {@link Session} (mid-frame drops, max_connections after auth_success, slow-consumer
 * cut-off). REST: {@code /v3/trades/{ticker}} paginated through next_url, {@code /v2/aggs}, the reference
 * endpoints (with {@code /v1/marketstatus/upcoming} and {@code /now}); the key only in the Authorization header; scripted 429 (with Retry-After) and 5xx answers.
 */
public final class FakePolygon implements AutoCloseable {
  public static final String KEY = "test-key-0123";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Market market;
  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final List<Session> script = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final List<ServerWebSocket> open = new CopyOnWriteArrayList<>();
  private final List<String> restRequests = new CopyOnWriteArrayList<>();
  private final Set<String> authHeaders = ConcurrentHashMap.newKeySet();
  private final Deque<Integer> restFailures = new ArrayDeque<>();
  private final Map<String, String> aggs = new ConcurrentHashMap<>();
  private final List<Market.Print> sentLast = Collections.synchronizedList(new ArrayList<>());
  private volatile String marketNow = Market.resource("v1-marketstatus-now.json");
  private volatile int pageSize = 100;
  private volatile int duplicateEvery = 40;
  private volatile int frameEvents = 25;

  public FakePolygon(Market market) {
    // A Quarkus test started earlier in the same JVM sets this (the feed serves no WebSocket): it would make
    // Vert.x answer the upgrade with a plain HTTP response.
    System.clearProperty("vertx.disableWebsockets");
    this.market = market;
    this.server = vertx.createHttpServer(new HttpServerOptions().setMaxWebSocketMessageSize(1 << 24));
    server.webSocketHandler(this::onSocket).requestHandler(this::onRequest);
    try {
      server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("fake Polygon did not start", e);
    }
  }

  public String wsUrl() {
    return "ws://127.0.0.1:" + server.actualPort() + "/stocks";
  }

  public String restUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** Connection n (0-based) follows {@code sessions[n]}; later ones stay idle. */
  public FakePolygon script(Session... sessions) {
    script.clear();
    script.addAll(List.of(sessions));
    return this;
  }

  public FakePolygon pageSize(int n) {
    pageSize = n;
    return this;
  }

  /** Every n-th trade is sent twice (0: never). */
  public FakePolygon duplicateEvery(int n) {
    duplicateEvery = n;
    return this;
  }

  /**
   * What {@code /v1/marketstatus/now} answers (the fixture by default: closed, Thanksgiving 2026 at 11:00 New York),
   * e.g. to script an unscheduled closure.
   */
  public FakePolygon marketNow(String market, String serverTime) {
    marketNow = Market.resource("v1-marketstatus-now.json").replace("\"market\":\"closed\"",
        "\"market\":\"" + market + "\"").replace("2026-11-26T11:00:00-05:00", serverTime);
    return this;
  }

  /** The next REST requests answer these statuses (429 with Retry-After: 1), in order, before serving again. */
  public synchronized FakePolygon failRest(Integer... statuses) {
    restFailures.addAll(List.of(statuses));
    return this;
  }

  /**
   * {@code /v2/aggs/ticker/{ticker}/range/1/{timespan}/...} answers these results (Polygon's {@code t,o,h,l,c,v,vw,n}
   * objects) in one page, whatever the dates; tickers without any answer an empty result.
   */
  public FakePolygon aggs(String ticker, String timespan, String... results) {
    aggs.put(ticker + "/" + timespan, "{\"ticker\":\"" + ticker + "\",\"adjusted\":false,\"queryCount\":"
        + results.length + ",\"resultsCount\":" + results.length + ",\"status\":\"OK\",\"request_id\":\"fake\","
        + "\"results\":[" + String.join(",", results) + "]}");
    return this;
  }

  public int connections() {
    return connections.get();
  }

  /** Every text message clients sent (auth, subscribe, ...). */
  public List<String> received() {
    return List.copyOf(received);
  }

  public List<String> restRequests() {
    return List.copyOf(restRequests);
  }

  public Set<String> authHeaders() {
    return Set.copyOf(authHeaders);
  }

  /** Sends a frame on every open connection now (e.g. the next live trade after the scripted stream). */
  public void broadcast(String frame) {
    open.forEach(ws -> ws.writeTextMessage(frame));
  }

  /** Cuts every open connection in the middle of a frame, now. */
  public void dropAll() {
    open.forEach(ws -> {
      ws.writeFrame(WebSocketFrame.textFrame("[{\"ev\":\"T\",\"sym\":\"AA", false));
      vertx.setTimer(20, t -> ws.close((short) 1001, "going away"));
    });
  }

  // ---- WebSocket ----

  private void onSocket(ServerWebSocket ws) {
    if (!ws.path().equals("/stocks")) {
      ws.reject(404);
      return;
    }
    int n = connections.getAndIncrement();
    open.add(ws);
    ws.closeHandler(v -> open.remove(ws));
    Session session = n < script.size() ? script.get(n) : Session.idle();
    Set<String> subscribed = ConcurrentHashMap.newKeySet();
    boolean[] authed = {false};
    ws.writeTextMessage(status("connected", "Connected Successfully"));
    ws.textMessageHandler(text -> {
      received.add(text);
      JsonNode msg;
      try {
        msg = JSON.readTree(text);
      } catch (Exception e) {
        ws.writeTextMessage(status("error", "invalid message"));
        return;
      }
      String action = msg.path("action").asText();
      String params = msg.path("params").asText();
      if (action.equals("auth")) {
        if (!params.equals(KEY)) {
          ws.writeTextMessage(status("auth_failed", "authentication failed"));
          ws.close();
          return;
        }
        authed[0] = true;
        ws.writeTextMessage(status("auth_success", "authenticated"));
        if (session.end() == Session.End.MAX_CONNECTIONS && session.toMs() <= session.fromMs()) {
          maxConnections(ws);
        }
      } else if (!authed[0]) {
        ws.writeTextMessage(status("error", "not authorized"));
      } else if (action.equals("subscribe") || action.equals("unsubscribe")) {
        for (String c : params.split(",")) {
          if (action.equals("subscribe")) {
            subscribed.add(c.trim());
            ws.writeTextMessage(status("success", "subscribed to: " + c.trim()));
          } else {
            subscribed.remove(c.trim());
            ws.writeTextMessage(status("success", "unsubscribed to: " + c.trim()));
          }
        }
        if (action.equals("subscribe") && session.toMs() > session.fromMs()) {
          vertx.setTimer(1, t -> play(ws, session, subscribed));
        }
      }
    });
  }

  private void play(ServerWebSocket ws, Session session, Set<String> subscribed) {
    List<Market.Print> prints = new ArrayList<>();
    synchronized (sentLast) {
      int from = Math.max(0, sentLast.size() - session.resendLast());
      prints.addAll(sentLast.subList(from, sentLast.size()));
    }
    market.prints().stream().filter(p -> p.sipNanos() / 1_000_000L >= session.fromMs()
        && p.sipNanos() / 1_000_000L < session.toMs()).forEach(prints::add);
    ArrayNode frame = JSON.createArrayNode();
    int k = 0;
    long minute = -1;
    for (Market.Print p : prints) {
      if (!subscribedTo(subscribed, "T", p.ticker())) {
        continue;
      }
      ObjectNode t = p.wsEvent();
      frame.add(t);
      if (duplicateEvery > 0 && ++k % duplicateEvery == 0) {
        frame.add(t.deepCopy()); // the same trade twice
      }
      if (subscribedTo(subscribed, "Q", p.ticker()) && k % 3 == 0) {
        frame.add(quote(p, k % 6 == 0));
      }
      long m = p.sipNanos() / 60_000_000_000L;
      if (m != minute && minute >= 0 && subscribedTo(subscribed, "AM", p.ticker())) {
        frame.add(minuteAgg(p.ticker(), minute));
      }
      minute = m;
      if (frame.size() >= frameEvents) {
        ws.writeTextMessage(frame.toString());
        frame = JSON.createArrayNode();
      }
    }
    if (!frame.isEmpty()) {
      ws.writeTextMessage(frame.toString());
    }
    synchronized (sentLast) {
      sentLast.clear();
      sentLast.addAll(prints);
    }
    switch (session.end()) {
      case STAY_OPEN -> { }
      case DROP_MID_FRAME -> {
        String next = "[" + quote(prints.get(prints.size() - 1), false) + "," + quote(prints.get(0), false) + "]";
        ws.writeFrame(WebSocketFrame.textFrame(next.substring(0, next.length() / 2), false));
        vertx.setTimer(20, t -> ws.close((short) 1001, "going away"));
      }
      case MAX_CONNECTIONS -> maxConnections(ws);
      case SLOW_CONSUMER -> ws.close((short) 1008, "Your connection has been closed because you are a slow consumer");
    }
  }

  private void maxConnections(ServerWebSocket ws) {
    ws.writeTextMessage(status("max_connections", "Maximum number of websocket connections exceeded. You have "
        + "reached the connection limit for your account. Please contact support at https://polygon.io/contact "
        + "to increase your limit."));
    vertx.setTimer(20, t -> ws.close((short) 1008, "max_connections"));
  }

  private static boolean subscribedTo(Set<String> subscribed, String channel, String ticker) {
    return subscribed.contains(channel + ".*") || subscribed.contains(channel + "." + ticker);
  }

  private static ObjectNode quote(Market.Print p, boolean sparse) {
    double px = p.rest().get("price").asDouble();
    ObjectNode q = JSON.createObjectNode().put("ev", "Q").put("sym", p.ticker());
    if (!sparse) { // missing optional fields now and then: no exchanges or sizes, no condition
      q.put("bx", 11).put("bs", 2).put("ax", 12).put("as", 3).put("c", 1);
    }
    q.put("bp", Math.round((px - 0.01) * 100) / 100.0).put("ap", Math.round((px + 0.01) * 100) / 100.0)
        .put("t", p.sipNanos() / 1_000_000L).put("q", p.rest().get("sequence_number").asLong() + 1).put("z", 3);
    return q;
  }

  private ObjectNode minuteAgg(String ticker, long minute) {
    long s = minute * 60_000L;
    List<Market.Print> in = market.range(ticker, s * 1_000_000L, (s + 60_000L) * 1_000_000L);
    double o = in.isEmpty() ? 1 : in.get(0).rest().get("price").asDouble();
    double c = in.isEmpty() ? 1 : in.get(in.size() - 1).rest().get("price").asDouble();
    double h = in.stream().mapToDouble(p -> p.rest().get("price").asDouble()).max().orElse(1);
    double l = in.stream().mapToDouble(p -> p.rest().get("price").asDouble()).min().orElse(1);
    return JSON.createObjectNode().put("ev", "AM").put("sym", ticker).put("v", in.size() * 100).put("av", 1_000_000)
        .put("vw", (h + l) / 2).put("o", o).put("c", c).put("h", h).put("l", l).put("a", (h + l) / 2).put("z", 100)
        .put("s", s).put("e", s + 60_000L);
  }

  private static String status(String status, String message) {
    return "[" + JSON.createObjectNode().put("ev", "status").put("status", status).put("message", message) + "]";
  }

  // ---- REST ----

  private void onRequest(HttpServerRequest req) {
    restRequests.add(req.uri());
    String auth = req.getHeader("Authorization");
    if (auth != null) {
      authHeaders.add(auth);
    }
    Integer fail;
    synchronized (this) {
      fail = restFailures.poll();
    }
    if (fail != null) {
      if (fail == 429) {
        req.response().setStatusCode(429).putHeader("Retry-After", "1").end(
            "{\"status\":\"ERROR\",\"request_id\":\"r\",\"error\":\"You've exceeded the maximum requests per minute\"}");
      } else {
        req.response().setStatusCode(fail).end("{\"status\":\"ERROR\",\"error\":\"upstream unavailable\"}");
      }
      return;
    }
    if (!("Bearer " + KEY).equals(auth)) {
      req.response().setStatusCode(401).end("{\"status\":\"ERROR\",\"request_id\":\"r\",\"error\":\"Unknown API Key\"}");
      return;
    }
    String path = req.path();
    try {
      if (path.startsWith("/v3/trades/")) {
        trades(req, path.substring("/v3/trades/".length()));
      } else if (path.matches("/v2/aggs/ticker/[^/]+/range/1/(minute|day)/.*") && !aggs.isEmpty()) {
        String[] parts = path.split("/");
        json(req, aggs.getOrDefault(parts[4] + "/" + parts[7], "{\"ticker\":\"" + parts[4]
            + "\",\"queryCount\":0,\"resultsCount\":0,\"status\":\"OK\",\"request_id\":\"fake\"}"));
      } else if (path.startsWith("/v2/aggs/ticker/AAPL/range/1/minute/")) {
        json(req, Market.resource("v2-aggs-AAPL-minute.json"));
      } else if (path.equals("/v3/reference/conditions")) {
        json(req, Market.resource("v3-reference-conditions.json"));
      } else if (path.equals("/v3/reference/exchanges")) {
        json(req, Market.resource("v3-reference-exchanges.json"));
      } else if (path.equals("/v3/reference/tickers")) {
        tickers(req);
      } else if (path.equals("/v3/reference/splits")) {
        json(req, Market.resource("v3-reference-splits.json"));
      } else if (path.equals("/v3/reference/dividends")) {
        json(req, Market.resource("v3-reference-dividends.json"));
      } else if (path.equals("/v1/marketstatus/upcoming")) {
        json(req, Market.resource("v1-marketstatus-upcoming.json"));
      } else if (path.equals("/v1/marketstatus/now")) {
        json(req, marketNow);
      } else {
        req.response().setStatusCode(404).end("{\"status\":\"NOT_FOUND\"}");
      }
    } catch (RuntimeException e) {
      req.response().setStatusCode(400).end("{\"status\":\"ERROR\",\"error\":\"" + e.getMessage() + "\"}");
    }
  }

  /** Two pages, the second behind a next_url cursor, as Polygon pages its ticker list. */
  private void tickers(HttpServerRequest req) {
    if (req.getParam("cursor") != null) {
      json(req, Market.resource("v3-reference-tickers-2.json"));
      return;
    }
    if (!"stocks".equals(req.getParam("market")) || !"true".equals(req.getParam("active"))) {
      throw new IllegalArgumentException("the fake serves market=stocks&active=true only");
    }
    json(req, Market.resource("v3-reference-tickers-1.json").replace("{base}", restUrl()));
  }

  private void trades(HttpServerRequest req, String ticker) {
    long gte;
    long lt;
    int offset;
    String cursor = req.getParam("cursor");
    if (cursor != null) {
      String[] c = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
      gte = Long.parseLong(c[0]);
      lt = Long.parseLong(c[1]);
      offset = Integer.parseInt(c[2]);
    } else {
      if (!"asc".equals(req.getParam("order")) || !"timestamp".equals(req.getParam("sort"))) {
        throw new IllegalArgumentException("the fake serves sort=timestamp&order=asc only");
      }
      gte = Long.parseLong(req.getParam("timestamp.gte", "0"));
      lt = Long.parseLong(req.getParam("timestamp.lt", String.valueOf(Long.MAX_VALUE)));
      offset = 0;
    }
    int limit = Math.min(pageSize, Integer.parseInt(req.getParam("limit", "1000")));
    List<Market.Print> all = market.range(ticker, gte, lt);
    ArrayNode results = JSON.createArrayNode();
    all.stream().skip(offset).limit(limit).forEach(p -> results.add(p.rest()));
    ObjectNode body = JSON.createObjectNode();
    body.set("results", results);
    body.put("status", "OK").put("request_id", "fake-" + offset);
    if (offset + limit < all.size()) {
      String next = Base64.getUrlEncoder().withoutPadding().encodeToString(
          (gte + ":" + lt + ":" + (offset + limit)).getBytes(StandardCharsets.UTF_8));
      body.put("next_url", restUrl() + "/v3/trades/" + ticker + "?cursor=" + next);
    }
    json(req, body.toString());
  }

  private static void json(HttpServerRequest req, String body) {
    req.response().putHeader("Content-Type", "application/json").end(body);
  }

  @Override
  public void close() {
    try {
      server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("fake Polygon did not stop", e);
    }
  }
}
