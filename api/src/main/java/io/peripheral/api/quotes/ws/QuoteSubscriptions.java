package io.peripheral.api.quotes.ws;

import io.peripheral.api.bars.ws.ConflatingSender;
import io.peripheral.api.quotes.rest.QuoteView;
import io.peripheral.api.quotes.service.HotQuote;
import io.peripheral.api.quotes.service.LiveQuoteHub;
import io.peripheral.api.quotes.service.QuoteCacheUnavailableException;
import io.peripheral.api.quotes.service.QuoteSubscriber;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One WebSocket connection's quote subscriptions. Each symbol gets its snapshot, then only newer states; messages
 * conflate per symbol in the connection's {@link ConflatingSender}, so a slow socket gets the newest quote.
 */
public final class QuoteSubscriptions implements QuoteSubscriber {
  private final LiveQuoteHub hub;
  private final ConflatingSender sender;
  private final Set<String> symbols = ConcurrentHashMap.newKeySet();
  private final Map<String, HotQuote> lastSent = new ConcurrentHashMap<>();

  public QuoteSubscriptions(LiveQuoteHub hub, ConflatingSender sender) {
    this.hub = hub;
    this.sender = sender;
  }

  public boolean contains(String symbol) {
    return symbols.contains(symbol);
  }

  public int size() {
    return symbols.size();
  }

  public void subscribe(String symbol) {
    if (symbols.add(symbol)) {
      hub.subscribe(symbol, this);
    }
  }

  public void unsubscribe(String symbol) {
    if (symbols.remove(symbol)) {
      hub.unsubscribe(symbol, this);
      lastSent.remove(symbol);
      sender.discardLatest(key(symbol));
    }
  }

  @Override
  public void onQuote(HotQuote quote, boolean snapshot) {
    String symbol = quote.symbol();
    if (!symbols.contains(symbol)) {
      return;
    }
    synchronized (this) {
      HotQuote before = lastSent.get(symbol);
      if (!snapshot && !quote.isNewerThan(before)) {
        return;
      }
      if (snapshot && before != null && !quote.isNewerThan(before)) {
        return; // an update overtook the snapshot read: nothing older after it
      }
      lastSent.put(symbol, quote);
    }
    sender.sendLatest(key(symbol), QuoteMessage.of(QuoteView.of(quote), snapshot));
  }

  @Override
  public void onQuotesUnavailable(String symbol, String message) {
    if (symbols.contains(symbol)) {
      sender.sendControl(QuoteError.of(symbol, QuoteCacheUnavailableException.MESSAGE));
    }
  }

  public void close() {
    for (String s : symbols) {
      hub.unsubscribe(s, this);
    }
    symbols.clear();
  }

  private static String key(String symbol) {
    return "quotes:" + symbol;
  }
}
