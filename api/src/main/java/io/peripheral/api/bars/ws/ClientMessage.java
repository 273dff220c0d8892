package io.peripheral.api.bars.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peripheral.api.bars.service.BarKey;
import io.peripheral.api.params.SymbolParameter;
import io.peripheral.schemas.bar.Interval;
import java.util.Objects;

/**
 * A client's WebSocket message, parsed: {@code {"op":"subscribe"|"unsubscribe","channel":"bars","symbol":"AAPL",
 * "interval":"1m"}} or {@code {"op":"subscribe"|"unsubscribe","channel":"quotes","symbol":"AAPL"}}. Mistakes are expected and are data: {@link #parse} returns an {@link Invalid} with a message.
 */
public sealed interface ClientMessage {
  String CHANNEL_BARS = "bars";
  String CHANNEL_QUOTES = "quotes";

  enum Op {
    SUBSCRIBE("subscribe"),
    UNSUBSCRIBE("unsubscribe");

    private final String code;

    Op(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** A valid subscribe or unsubscribe. */
  record Command(Op op, String channel, BarKey key) implements ClientMessage {
    public Command {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(key, "key");
    }
  }

  /** A valid subscribe or unsubscribe of a symbol's quotes. */
  record QuoteCommand(Op op, String symbol) implements ClientMessage {
    public QuoteCommand {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(symbol, "symbol");
    }
  }

  /** A message that could not be understood, and why. */
  record Invalid(String message) implements ClientMessage {
    public Invalid {
      Objects.requireNonNull(message, "message");
    }
  }

  static ClientMessage parse(String text, ObjectMapper mapper) {
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      return new Invalid("message is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Invalid("message must be a JSON object like "
          + "{\"op\":\"subscribe\",\"channel\":\"bars\",\"symbol\":\"AAPL\",\"interval\":\"1m\"}");
    }
    String op = text(node, "op");
    Op parsedOp = "subscribe".equals(op) ? Op.SUBSCRIBE : "unsubscribe".equals(op) ? Op.UNSUBSCRIBE : null;
    if (parsedOp == null) {
      return new Invalid("unknown op " + quote(op) + "; valid ops: subscribe, unsubscribe");
    }
    String channel = text(node, "channel");
    if (!CHANNEL_BARS.equals(channel) && !CHANNEL_QUOTES.equals(channel)) {
      return new Invalid("unknown channel " + quote(channel) + "; valid channels: bars, quotes");
    }
    String symbol = text(node, "symbol");
    if (symbol == null || !SymbolParameter.SYMBOL.matcher(symbol).matches()) {
      return new Invalid(symbol == null ? "symbol is missing" : "symbol " + quote(symbol)
          + " must be 1 to 40 letters, digits, '.', ':', '_' or '-'");
    }
    if (CHANNEL_QUOTES.equals(channel)) {
      return new QuoteCommand(parsedOp, symbol);
    }
    String interval = text(node, "interval");
    if (interval == null) {
      return new Invalid("interval is missing; valid intervals: " + Interval.codes());
    }
    return Interval.fromCode(interval)
        .<ClientMessage>map(i -> new Command(parsedOp, channel, new BarKey(symbol, i)))
        .orElseGet(() -> new Invalid("unknown interval " + quote(interval) + "; valid intervals: " + Interval.codes()));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isTextual() ? null : v.asText();
  }

  private static String quote(String s) {
    return s == null ? "(missing)" : "'" + s + "'";
  }
}
