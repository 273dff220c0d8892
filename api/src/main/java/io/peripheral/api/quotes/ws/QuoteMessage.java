package io.peripheral.api.quotes.ws;

import io.peripheral.api.quotes.rest.QuoteView;

/**
 * {@code {"type":"quote","channel":"quotes","symbol":"AAPL","snapshot":true,"quote":{...}}}: the cached state of a
 * subscribed symbol; {@code snapshot} is true for the first one after subscribing (its trade and nbbo may be null
 * when nothing is cached yet), false for updates.
 */
public record QuoteMessage(String type, String channel, String symbol, boolean snapshot, QuoteView quote) {
  public static final String CHANNEL = "quotes";

  public static QuoteMessage of(QuoteView quote, boolean snapshot) {
    return new QuoteMessage("quote", CHANNEL, quote.symbol(), snapshot, quote);
  }
}
