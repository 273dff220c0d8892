package io.peripheral.api.quotes.ws;

/** {@code {"type":"error","channel":"quotes","symbol":"AAPL","message":"..."}}: quotes of a symbol are unavailable. */
public record QuoteError(String type, String channel, String symbol, String message) {
  public static QuoteError of(String symbol, String message) {
    return new QuoteError("error", QuoteMessage.CHANNEL, symbol, message);
  }
}
