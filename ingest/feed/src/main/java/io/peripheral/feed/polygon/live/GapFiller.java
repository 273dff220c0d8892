package io.peripheral.feed.polygon.live;

import io.peripheral.schemas.trade.Trade;
import java.util.List;
import java.util.Set;

/** Fetches the trades of a gap (REST in production), sorted by SIP timestamp; throws when it cannot. */
@FunctionalInterface
public interface GapFiller {
  List<Trade> fill(Gap gap, Set<String> symbols);

  GapFiller NONE = (gap, symbols) -> List.of();
}
