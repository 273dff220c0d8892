package io.peripheral.feed.polygon.live;

import io.peripheral.schemas.trade.Trade;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The processing side of the live feed (one thread): takes frames off the {@link FrameQueue}, parses them, drops
 * duplicate trades and hands events to the sink. After a {@link FrameQueue.GapMarker} it holds back the first
 * frame that carries trades, backfills the gap between the last trade before it and that frame's first trade,
 * produces the backfilled trades, then the frame: every partition of the trades topic then sees the gap's
 * trades in event-time order, before any later trade, so the bars of the gap are built exactly as if nothing had
 * been missed (stream time never passed them). Frames arriving meanwhile wait in the bounded queue; if it
 * overflows, that is one more gap.
 */
public final class LiveProcessor implements Runnable {
  private static final Logger LOG = Logger.getLogger(LiveProcessor.class);
  private static final int RECENT_GAPS = 20;
  private static final long MS = 1_000_000L;

  private final FrameQueue queue;
  private final FrameParser parser;
  private final LiveEventSink sink;
  private final GapFiller filler;
  private final Supplier<Set<String>> backfillSymbols;
  private final LiveMetrics metrics;
  private final RecentTrades recent;
  private final long dedupeWindowNanos;
  private final ArrayDeque<Gap> recentGaps = new ArrayDeque<>();
  private final List<Trade> frameTrades = new ArrayList<>();
  private final LiveEventSink collector;
  private volatile boolean stopping;
  private volatile Throwable failure;
  private long lastTradeNanos;
  private String pendingGap;

  public LiveProcessor(FrameQueue queue, ParseCounters counters, LiveEventSink sink, GapFiller filler,
      Supplier<Set<String>> backfillSymbols, LiveMetrics metrics, long dedupeWindowNanos) {
    this.queue = queue;
    this.parser = new FrameParser(counters);
    this.sink = sink;
    this.filler = filler;
    this.backfillSymbols = backfillSymbols;
    this.metrics = metrics;
    this.recent = new RecentTrades(dedupeWindowNanos);
    this.dedupeWindowNanos = dedupeWindowNanos;
    this.collector = new LiveEventSink() {
      @Override
      public void trade(Trade trade) {
        frameTrades.add(trade);
      }

      @Override
      public void quote(QuoteEvent quote) {
        metrics.event(quote.sipTimestamp());
        sink.quote(quote);
      }

      @Override
      public void aggregate(AggregateEvent aggregate) {
        sink.aggregate(aggregate);
      }
    };
  }

  @Override
  public void run() {
    try {
      while (!stopping || queue.size() > 0) {
        Object item = queue.poll(20, TimeUnit.MILLISECONDS);
        if (item == null) {
          sink.flushDue();
        } else if (item instanceof FrameQueue.GapMarker marker) {
          onGap(marker.reason());
        } else {
          process(((FrameQueue.Frame) item).text());
        }
      }
      sink.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      failure = e;
      LOG.error("live processing stopped: " + e.getMessage(), e);
    }
  }

  private void onGap(String reason) {
    metrics.gaps.increment();
    if (lastTradeNanos == 0) {
      LOG.infof("input interrupted (%s) before any trade: nothing to backfill", reason);
      return;
    }
    if (pendingGap == null) {
      pendingGap = reason;
    }
  }

  /** Parses and produces one frame; public for the benchmark. */
  public void process(String frame) {
    metrics.frames.increment();
    frameTrades.clear();
    parser.parse(frame, collector);
    if (frameTrades.isEmpty()) {
      return;
    }
    if (pendingGap != null) {
      // The gap ends at the first NEW trade after it: not one resent from before the drop, not a late print.
      long first = Long.MAX_VALUE;
      for (Trade t : frameTrades) {
        if (t.sipTimestamp() > lastTradeNanos && !recent.contains(t)) {
          first = Math.min(first, t.sipTimestamp());
        }
      }
      if (first != Long.MAX_VALUE) {
        // WebSocket times are whole milliseconds: the gap ends with the last nanosecond of that millisecond
        backfill(new Gap(lastTradeNanos, first + MS - 1, pendingGap));
        pendingGap = null;
      }
    }
    for (Trade t : frameTrades) {
      emit(t);
    }
  }

  private void backfill(Gap gap) {
    Set<String> symbols = backfillSymbols.get();
    remember(gap);
    recent.protect(gap.fromNanos() - dedupeWindowNanos, gap.toNanos() + dedupeWindowNanos);
    if (symbols.isEmpty()) {
      LOG.infof("gap %s: no symbols to backfill (trades subscribed with T.* and no backfill list); the "
          + "flat-file rebuild makes it whole", gap);
      return;
    }
    long t0 = System.nanoTime();
    List<Trade> trades;
    try {
      trades = new ArrayList<>(filler.fill(gap, symbols));
    } catch (RuntimeException e) {
      metrics.gapsUnfilled.increment();
      LOG.errorf("gap %s: backfill of %d symbol(s) failed (%s); live trades go on, the flat-file rebuild makes "
          + "the gap whole", gap, symbols.size(), e.getMessage());
      return;
    }
    trades.sort(Comparator.comparingLong(Trade::sipTimestamp));
    List<Trade> fresh = new ArrayList<>(trades.size());
    for (Trade t : trades) {
      if (accept(t)) {
        fresh.add(t);
      }
    }
    sink.backfill(fresh);
    metrics.backfilled.increment(fresh.size());
    long added = fresh.size();
    LOG.infof("gap %s: backfilled %,d trade(s) of %d symbol(s) (%,d already received live) in %d ms", gap, added,
        symbols.size(), trades.size() - added, (System.nanoTime() - t0) / 1_000_000);
  }

  private void emit(Trade t) {
    if (accept(t)) {
      sink.trade(t);
      metrics.trades.increment();
      metrics.event(t.sipTimestamp());
    }
  }

  /** Remembers a trade for de-duplication; false (and counted) for a duplicate. */
  private boolean accept(Trade t) {
    if (!recent.add(t)) {
      metrics.duplicates.increment();
      return false;
    }
    if (t.sipTimestamp() > lastTradeNanos) {
      lastTradeNanos = t.sipTimestamp();
    }
    return true;
  }

  private synchronized void remember(Gap gap) {
    if (recentGaps.size() == RECENT_GAPS) {
      recentGaps.pollFirst();
    }
    recentGaps.addLast(gap);
  }

  /** The last gaps seen (at most 20), oldest first. */
  public synchronized List<Gap> recentGaps() {
    return List.copyOf(recentGaps);
  }

  public void stop() {
    stopping = true;
  }

  public Throwable failure() {
    return failure;
  }
}
