package io.peripheral.feed.hotquote;

import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;

/**
 * One symbol's state in the {@link HotQuoteWriter}: the newest trade and NBBO not yet written, the newest SIP times
 * ever seen (so a late print never replaces a newer one, written or not) and when it was last written.
 */
final class SymbolSlot {
  final String symbol;
  private LastTrade pendingTrade;
  private Nbbo pendingNbbo;
  private long newestTradeSip = Long.MIN_VALUE;
  private long newestQuoteSip = Long.MIN_VALUE;
  private long lastWriteNanos;
  private boolean written;

  SymbolSlot(String symbol) {
    this.symbol = symbol;
  }

  /** Keeps {@code t} if it is not older than the newest trade seen; false when it was stale. */
  synchronized boolean offer(LastTrade t) {
    if (t.sipTimestamp() < newestTradeSip) {
      return false;
    }
    newestTradeSip = t.sipTimestamp();
    pendingTrade = t;
    return true;
  }

  synchronized boolean offer(Nbbo q) {
    if (q.sipTimestamp() < newestQuoteSip) {
      return false;
    }
    newestQuoteSip = q.sipTimestamp();
    pendingNbbo = q;
    return true;
  }

  /** Whether a write is allowed at {@code now}: never written, or written at least {@code minInterval} ago. */
  synchronized boolean due(long now, long minIntervalNanos) {
    return !written || now - lastWriteNanos >= minIntervalNanos;
  }

  /** Takes what is pending (null when nothing is) and marks the slot written at {@code now}. */
  synchronized HotQuoteUpdate take(long now) {
    if (pendingTrade == null && pendingNbbo == null) {
      return null;
    }
    HotQuoteUpdate u = new HotQuoteUpdate(symbol, pendingTrade, pendingNbbo);
    pendingTrade = null;
    pendingNbbo = null;
    lastWriteNanos = now;
    written = true;
    return u;
  }

  /** Puts back what a failed write took, unless something newer arrived meanwhile. */
  synchronized void restore(HotQuoteUpdate u) {
    if (pendingTrade == null) {
      pendingTrade = u.trade();
    }
    if (pendingNbbo == null) {
      pendingNbbo = u.nbbo();
    }
  }
}
