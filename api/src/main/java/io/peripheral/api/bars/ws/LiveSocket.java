package io.peripheral.api.bars.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.api.access.AccessPolicy;
import io.peripheral.api.access.Caller;
import io.peripheral.api.access.WebSocketAccessCheck;
import io.peripheral.api.bars.rest.BarView;
import io.peripheral.api.bars.service.LiveBarHub;
import io.peripheral.api.config.PeripheralConfig;
import io.peripheral.api.quotes.service.LiveQuoteHub;
import io.peripheral.api.quotes.ws.QuoteMessage;
import io.peripheral.api.quotes.ws.QuoteSubscriptions;
import io.peripheral.schemas.bar.Bar;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The live WebSocket {@code /ws}. Clients send {@code {"op":"subscribe","channel":"bars","symbol":"AAPL",
 * "interval":"1m"}} (or {@code unsubscribe}) and get an ack, the current forming bar if there is one, then forming
 * and final bars as they come; {@code {"op":"subscribe","channel":"quotes","symbol":"AAPL"}} gets an ack, the cached
 * quote snapshot, then conflated quote updates ({@link LiveQuoteHub}). A message that is not understood gets {@code {"type":"error","message":...}} and the
 * connection stays open.
 */
@WebSocket(path = "/ws")
public class LiveSocket {
  private static final Logger LOG = Logger.getLogger(LiveSocket.class);

  private final LiveBarHub hub;
  private final LiveQuoteHub quoteHub;
  private final AccessPolicy policy;
  private final ObjectMapper mapper;
  private final int maxSubscriptions;
  private final Counter sent;
  private final Counter quotesSent;
  private final Counter conflated;
  private final Map<String, SocketSession> sessions = new ConcurrentHashMap<>();

  public LiveSocket(LiveBarHub hub, LiveQuoteHub quoteHub, AccessPolicy policy, ObjectMapper mapper,
      PeripheralConfig config, MeterRegistry registry) {
    this.hub = hub;
    this.quoteHub = quoteHub;
    this.policy = policy;
    this.mapper = mapper;
    this.maxSubscriptions = config.ws().maxSubscriptions();
    this.sent = registry.counter("peripheral.api.ws.bars.sent");
    this.quotesSent = registry.counter("peripheral.api.ws.quotes.sent");
    this.conflated = registry.counter("peripheral.api.ws.bars.conflated");
    registry.gaugeMapSize("peripheral.api.ws.connections", java.util.List.of(), sessions);
  }

  @OnOpen
  @NonBlocking
  public void open(WebSocketConnection connection) {
    Caller caller = connection.userData().get(WebSocketAccessCheck.CALLER);
    ConflatingSender sender = new ConflatingSender(message -> send(connection, message), bar -> conflated.increment());
    sessions.put(connection.id(), new SocketSession(caller == null ? Caller.ANONYMOUS : caller, hub, policy, sender,
        maxSubscriptions, new QuoteSubscriptions(quoteHub, sender)));
  }

  @OnTextMessage
  @NonBlocking
  public void message(String text, WebSocketConnection connection) {
    SocketSession session = sessions.get(connection.id());
    if (session != null) {
      session.apply(ClientMessage.parse(text, mapper));
    }
  }

  @OnError
  @NonBlocking
  public void error(Throwable failure, WebSocketConnection connection) {
    LOG.debugf(failure, "WebSocket %s: message failed", connection.id());
    SocketSession session = sessions.get(connection.id());
    if (session != null) {
      session.sendError("message could not be processed: " + failure.getMessage());
    }
  }

  @OnClose
  @NonBlocking
  public void close(WebSocketConnection connection) {
    SocketSession session = sessions.remove(connection.id());
    if (session != null) {
      session.close();
    }
  }

  private CompletionStage<Void> send(WebSocketConnection connection, Object message) {
    Object body = message;
    if (message instanceof Bar bar) {
      body = ServerMessage.BarMessage.of(BarView.of(bar));
      sent.increment();
    } else if (message instanceof QuoteMessage) {
      quotesSent.increment();
    }
    String json;
    try {
      json = mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
    }
    return connection.sendText(json).subscribeAsCompletionStage();
  }
}
