package io.peripheral.feed.polygon.backfill;

import io.peripheral.feed.order.TradeSource;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.rest.RestTrades;
import io.peripheral.schemas.trade.Trade;
import java.util.ArrayList;
import java.util.List;

/**
 * One symbol's trades over the windows of a {@link BackfillPlan}, window after window (they are in time order and
 * disjoint, so the result is in SIP order); a window's REST stream opens only when the previous one is drained,
 * so memory holds one page per symbol however many days the range has.
 */
final class SymbolWindows implements TradeSource {
  private final PolygonRestClient client;
  private final String symbol;
  private final List<BackfillPlan.Window> windows;
  private final List<RestTrades> opened = new ArrayList<>();
  private int next;
  private RestTrades current;

  SymbolWindows(PolygonRestClient client, String symbol, List<BackfillPlan.Window> windows) {
    this.client = client;
    this.symbol = symbol;
    this.windows = List.copyOf(windows);
  }

  @Override
  public Trade next() {
    while (true) {
      if (current != null) {
        Trade t = current.next();
        if (t != null) {
          return t;
        }
      }
      if (next == windows.size()) {
        return null;
      }
      BackfillPlan.Window w = windows.get(next++);
      current = new RestTrades(client, symbol, w.startNanos(), w.endNanos());
      opened.add(current);
    }
  }

  long rows() {
    return opened.stream().mapToLong(RestTrades::rows).sum();
  }

  long rejected() {
    return opened.stream().mapToLong(RestTrades::rejected).sum();
  }
}
