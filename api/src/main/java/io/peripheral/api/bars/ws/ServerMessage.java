package io.peripheral.api.bars.ws;

import io.peripheral.api.bars.rest.BarView;

/** What the server sends over {@code /ws}; every message has a {@code type}. */
public sealed interface ServerMessage {

  String type();

  /**
   * {@code {"type":"ack","op":"subscribe","channel":"bars","symbol":"AAPL","interval":"1m"}}; quotes acks have no
   * interval.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record Ack(String type, String op, String channel, String symbol, String interval) implements ServerMessage {
    static Ack of(ClientMessage.Command c) {
      return new Ack("ack", c.op().code(), c.channel(), c.key().symbol(), c.key().interval().code());
    }

    static Ack of(ClientMessage.QuoteCommand c) {
      return new Ack("ack", c.op().code(), ClientMessage.CHANNEL_QUOTES, c.symbol(), null);
    }
  }

  /** {@code {"type":"bar","channel":"bars","bar":{...}}}: a forming ({@code final=false}) or final bar. */
  record BarMessage(String type, String channel, BarView bar) implements ServerMessage {
    static BarMessage of(BarView bar) {
      return new BarMessage("bar", ClientMessage.CHANNEL_BARS, bar);
    }
  }

  /** {@code {"type":"error","message":"..."}}: the message was not understood; the connection stays open. */
  record Error(String type, String message) implements ServerMessage {
    static Error of(String message) {
      return new Error("error", message);
    }
  }
}
