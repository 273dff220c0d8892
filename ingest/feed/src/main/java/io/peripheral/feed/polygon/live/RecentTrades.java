package io.peripheral.feed.polygon.live;

import io.peripheral.schemas.trade.Trade;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * De-duplication of trades within a window of event time: a trade is identified by symbol, trade id, exchange,
 * TRF id and sequence number (a trade id alone is unique only per exchange, and TRF reports share ids). Live
 * duplicates and backfilled trades that did arrive live are rejected. A trade with neither id nor sequence
 * number cannot be identified and is always accepted. Memory: the trades of the last {@code windowNanos} of
 * event time (plus, after a gap, those since the gap's start, see {@link #protect}). Single-threaded.
 */
public final class RecentTrades {
  record Key(String symbol, String id, int exchange, int trfId, long sequence) {}

  private record Entry(long sip, Key key) {}

  private final long windowNanos;
  private final Set<Key> keys = new HashSet<>();
  private final ArrayDeque<Entry> order = new ArrayDeque<>();
  private long maxSip = Long.MIN_VALUE;
  private long protectFrom = Long.MAX_VALUE;
  private long protectUntil = Long.MIN_VALUE;

  public RecentTrades(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  static Key keyOf(Trade t) {
    return new Key(t.symbol(), t.tradeId(), t.exchange(), t.trfId(), t.sequenceNumber());
  }

  /** Remembers the trade; false if an identical one is already remembered (a duplicate). */
  public boolean add(Trade t) {
    if (t.tradeId().isEmpty() && t.sequenceNumber() == 0) {
      return true;
    }
    Key k = keyOf(t);
    if (!keys.add(k)) {
      return false;
    }
    order.addLast(new Entry(t.sipTimestamp(), k));
    if (t.sipTimestamp() > maxSip) {
      maxSip = t.sipTimestamp();
    }
    long horizon = maxSip - windowNanos;
    if (maxSip <= protectUntil) {
      horizon = Math.min(horizon, protectFrom);
    }
    while (!order.isEmpty() && order.peekFirst().sip() < horizon) {
      keys.remove(order.pollFirst().key());
    }
    return true;
  }

  /**
   * Keeps every trade from {@code fromNanos} on while event time has not passed {@code untilNanos}: around a
   * gap, event time jumps by the gap's length, but a new session may still resend trades from before it.
   */
  public void protect(long fromNanos, long untilNanos) {
    protectFrom = fromNanos;
    protectUntil = untilNanos;
  }

  public boolean contains(Trade t) {
    return keys.contains(keyOf(t));
  }

  public int size() {
    return keys.size();
  }
}
