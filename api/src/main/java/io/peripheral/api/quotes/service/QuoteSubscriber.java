package io.peripheral.api.quotes.service;

/** Receives cached quotes of the symbols it subscribed to. Called on an event-loop thread: must not block. */
public interface QuoteSubscriber {
  /** The symbol's cached state: the snapshot right after subscribing, then whenever it changed. */
  void onQuote(HotQuote quote, boolean snapshot);

  /** The cache cannot be read (Redis down); updates resume by themselves when it returns. */
  void onQuotesUnavailable(String symbol, String message);
}
