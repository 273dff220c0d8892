package io.peripheral.feed.polygon.backfill;

import io.peripheral.feed.polygon.live.Gap;
import io.peripheral.feed.polygon.live.GapFiller;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.rest.RestTrades;
import io.peripheral.schemas.trade.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fills a live gap from {@code /v3/trades/{ticker}}: every trade of each symbol with
 * {@code gap.from <= sip_timestamp <= gap.to} (both bounds included: trades sharing a bound's nanosecond may have
 * been missed; the processor drops what did arrive live). A gap is seconds to minutes of a few symbols, so the
 * result is held in memory.
 */
public final class RestGapFiller implements GapFiller {
  private final PolygonRestClient client;

  public RestGapFiller(PolygonRestClient client) {
    this.client = client;
  }

  @Override
  public List<Trade> fill(Gap gap, Set<String> symbols) {
    List<Trade> out = new ArrayList<>();
    for (String symbol : symbols) {
      try (RestTrades trades = new RestTrades(client, symbol, gap.fromNanos(), gap.toNanos() + 1)) {
        for (Trade t = trades.next(); t != null; t = trades.next()) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
