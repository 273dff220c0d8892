package io.peripheral.api.bars.ws;

import io.peripheral.api.access.AccessPolicy;
import io.peripheral.api.access.Caller;
import io.peripheral.api.bars.service.BarKey;
import io.peripheral.api.bars.service.BarSubscriber;
import io.peripheral.api.bars.service.LiveBarHub;
import io.peripheral.api.quotes.ws.QuoteSubscriptions;
import io.peripheral.schemas.bar.Bar;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One WebSocket connection's subscriptions: applies client messages, feeds bars to its {@link ConflatingSender};
 * quote subscriptions are delegated to {@link QuoteSubscriptions} (same sender, same subscription limit).
 */
final class SocketSession implements BarSubscriber {
  private final Caller caller;
  private final LiveBarHub hub;
  private final AccessPolicy policy;
  private final ConflatingSender sender;
  private final int maxSubscriptions;
  private final QuoteSubscriptions quotes;
  private final Set<BarKey> keys = ConcurrentHashMap.newKeySet();

  SocketSession(Caller caller, LiveBarHub hub, AccessPolicy policy, ConflatingSender sender, int maxSubscriptions,
      QuoteSubscriptions quotes) {
    this.caller = caller;
    this.hub = hub;
    this.policy = policy;
    this.sender = sender;
    this.maxSubscriptions = maxSubscriptions;
    this.quotes = quotes;
  }

  void apply(ClientMessage message) {
    if (message instanceof ClientMessage.Command command) {
      apply(command);
    } else if (message instanceof ClientMessage.QuoteCommand command) {
      apply(command);
    } else if (message instanceof ClientMessage.Invalid invalid) {
      sender.sendControl(ServerMessage.Error.of(invalid.message()));
    }
  }

  private void apply(ClientMessage.Command command) {
    BarKey key = command.key();
    if (command.op() == ClientMessage.Op.UNSUBSCRIBE) {
      keys.remove(key);
      hub.unsubscribe(key, this);
      sender.discard(key);
      sender.sendControl(ServerMessage.Ack.of(command));
      return;
    }
    if (!policy.mayRead(caller, command.channel(), key.symbol())) {
      sender.sendControl(ServerMessage.Error.of("not allowed to read " + command.channel() + " of " + key.symbol()));
      return;
    }
    if (keys.contains(key)) {
      sender.sendControl(ServerMessage.Ack.of(command));
      return;
    }
    if (keys.size() + quotes.size() >= maxSubscriptions) {
      sender.sendControl(ServerMessage.Error.of("at most " + maxSubscriptions + " subscriptions per connection"));
      return;
    }
    keys.add(key);
    sender.sendControl(ServerMessage.Ack.of(command));
    hub.subscribe(key, this);
  }

  private void apply(ClientMessage.QuoteCommand command) {
    String symbol = command.symbol();
    if (command.op() == ClientMessage.Op.UNSUBSCRIBE) {
      quotes.unsubscribe(symbol);
      sender.sendControl(ServerMessage.Ack.of(command));
      return;
    }
    if (!policy.mayRead(caller, ClientMessage.CHANNEL_QUOTES, symbol)) {
      sender.sendControl(ServerMessage.Error.of("not allowed to read quotes of " + symbol));
      return;
    }
    if (!quotes.contains(symbol) && keys.size() + quotes.size() >= maxSubscriptions) {
      sender.sendControl(ServerMessage.Error.of("at most " + maxSubscriptions + " subscriptions per connection"));
      return;
    }
    sender.sendControl(ServerMessage.Ack.of(command));
    quotes.subscribe(symbol); // the snapshot follows the ack
  }

  @Override
  public void onBar(Bar bar) {
    if (keys.contains(BarKey.of(bar))) {
      sender.sendBar(bar);
    }
  }

  void sendError(String message) {
    sender.sendControl(ServerMessage.Error.of(message));
  }

  void close() {
    for (BarKey key : keys) {
      hub.unsubscribe(key, this);
    }
    keys.clear();
    quotes.close();
  }
}
