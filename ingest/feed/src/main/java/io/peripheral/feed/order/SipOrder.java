package io.peripheral.feed.order;

import io.peripheral.schemas.trade.Trade;
import java.util.function.Supplier;

/** Whether a source is in SIP-timestamp order; stops reading at the first trade that goes back in time. */
public final class SipOrder {
  private SipOrder() {}

  public static boolean isSorted(Supplier<? extends TradeSource> open) {
    try (TradeSource source = open.get()) {
      long last = Long.MIN_VALUE;
      for (Trade t = source.next(); t != null; t = source.next()) {
        if (t.sipTimestamp() < last) {
          return false;
        }
        last = t.sipTimestamp();
      }
      return true;
    }
  }
}
