package io.peripheral.feed.order;

import io.peripheral.schemas.trade.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * K-way merge of sources that are each in SIP-timestamp order into one SIP-ordered source. Ties keep the order
 * of the sources as given (then of each source), so the merge is stable.
 */
public final class SipOrderMerge implements TradeSource {
  private final List<? extends TradeSource> sources;
  private final PriorityQueue<Head> heads;

  public SipOrderMerge(List<? extends TradeSource> sources) {
    this.sources = List.copyOf(sources);
    this.heads = new PriorityQueue<>(Math.max(1, sources.size()), SipOrderMerge::compare);
    for (int i = 0; i < this.sources.size(); i++) {
      Trade first = this.sources.get(i).next();
      if (first != null) {
        heads.add(new Head(i, first));
      }
    }
  }

  /** One source needs no merging: returns it as is. */
  public static TradeSource of(List<? extends TradeSource> sources) {
    return sources.size() == 1 ? sources.get(0) : new SipOrderMerge(sources);
  }

  @Override
  public Trade next() {
    Head head = heads.poll();
    if (head == null) {
      return null;
    }
    Trade out = head.trade;
    Trade following = sources.get(head.source).next();
    if (following != null) {
      head.trade = following;
      heads.add(head);
    }
    return out;
  }

  @Override
  public void close() {
    List<RuntimeException> failures = new ArrayList<>();
    for (TradeSource s : sources) {
      try {
        s.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  private static int compare(Head a, Head b) {
    int c = Long.compare(a.trade.sipTimestamp(), b.trade.sipTimestamp());
    return c != 0 ? c : Integer.compare(a.source, b.source);
  }

  private static final class Head {
    final int source;
    Trade trade;

    Head(int source, Trade trade) {
      this.source = source;
      this.trade = trade;
    }
  }
}
