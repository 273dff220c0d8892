package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.TradeOrigin;
import io.peripheral.schemas.trade.TradeBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Aggregates whole trade batches of one partition into bars of every interval. Stream time is the maximum SIP
 * timestamp seen on the partition (advanced trade by trade, so results do not depend on batch boundaries).
 * A window is final once stream time reaches its end plus grace; trades for a final window go to the late-trades
 * output. Working state lives in plain maps and is mirrored into the state store (one entry per symbol holding
 * every interval) after every batch, so a restart or rebalance resumes exactly.
 */
final class BarAggregator implements Processor<String, TradeColumns, String, Object> {
  static final String STREAM_TIME_KEY = "#stream-time";
  private static final Interval[] INTERVALS = Interval.values();

  private final String storeName;
  private final BarSource source;
  private final long graceNs;
  private final BarsConfig config;
  private final ConditionRules.Compiled rules;
  private final String rulesVersion;
  private final Map<String, KeyState[]> symbols = new HashMap<>();
  private final SessionClock sessions = new SessionClock();
  private ProcessorContext<String, Object> context;
  private KeyValueStore<String, byte[]> store;
  private long streamTime = Long.MIN_VALUE;
  private long nextDeadline = Long.MAX_VALUE;
  // bars forwarded since the last report to the listener, by [final ? 1 : 0][interval]
  private final int[][] emitted = new int[2][INTERVALS.length];
  private final List<String> staleKeys = new ArrayList<>();

  BarAggregator(String storeName, BarSource source, BarsConfig config) {
    this.storeName = storeName;
    this.source = source;
    this.graceNs = config.grace().toNanos();
    this.config = config;
    this.rules = config.rules().compile();
    this.rulesVersion = config.rules().version();
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
    List<String> intervalKeys = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, byte[]> kv = it.next();
        if (STREAM_TIME_KEY.equals(kv.key)) {
          streamTime = java.nio.ByteBuffer.wrap(kv.value).getLong();
        } else if (KeyState.isIntervalKey(kv.key)) {
          KeyState k = KeyState.deserializeInterval(kv.key, kv.value);
          symbols.computeIfAbsent(k.symbol, s -> new KeyState[INTERVALS.length])[k.interval.ordinal()] = k;
          intervalKeys.add(kv.key);
        } else {
          symbols.put(kv.key, KeyState.deserializeSymbol(kv.key, kv.value));
        }
      }
    }
    for (Map.Entry<String, KeyState[]> e : symbols.entrySet()) {
      KeyState[] keys = e.getValue();
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == null) {
          keys[i] = new KeyState(e.getKey(), INTERVALS[i]);
        }
      }
    }
    if (!intervalKeys.isEmpty()) { // state of the earlier one-entry-per-interval layout: rewritten per symbol
      staleKeys.addAll(intervalKeys); // by the first persist (a store written in init has no record context)
      symbols.values().forEach(keys -> keys[0].storeDirty = true);
    }
    nextDeadline = Long.MIN_VALUE; // rescan after restore
    if (!config.formingInterval().isZero()) {
      context.schedule(config.formingInterval(), PunctuationType.WALL_CLOCK_TIME, now -> emitForming());
    }
  }

  @Override
  public void process(Record<String, TradeColumns> record) {
    if (record.value() == null) {
      if (ControlRecords.isEndOfStream(record.headers())) {
        endOfStream();
      }
      return;
    }
    TradeColumns batch = record.value();
    boolean backfill = TradeOrigin.isBackfill(record.headers());
    String[] names = batch.names;
    KeyState[][] keysByName = new KeyState[names.length][]; // resolved once per symbol per batch
    int[] conditionStart = batch.conditionStart;
    TradeBatch[] late = null;
    for (int i = 0, n = batch.size; i < n; i++) {
      long sip = batch.sip[i];
      if (sip > streamTime) {
        streamTime = sip;
      }
      int mask = rules.mask(batch.conditions, conditionStart[i], conditionStart[i + 1], batch.correction[i]);
      if (mask == 0) {
        continue;
      }
      int s = batch.symbol[i];
      KeyState[] keys = keysByName[s];
      if (keys == null) {
        keys = keysOf(names[s]);
        keysByName[s] = keys;
      }
      double price = batch.price[i];
      double size = batch.quantity[i];
      long finalThrough = streamTime - graceNs; // windows ending at or before this are final
      for (KeyState k : keys) {
        WindowAccumulator w = k.current;
        if (w == null || sip < w.start || sip >= w.end) {
          long start = k.interval.windowStart(sip); // rarely: the 1 d window's is a calendar computation
          long end = k.interval.windowEnd(start);
          if (end <= k.closedThrough || finalThrough >= end) {
            late = addLate(late, k.interval, batch, i);
            continue;
          }
          w = k.window(start, end);
          k.current = w;
          if (end + graceNs < nextDeadline) {
            nextDeadline = end + graceNs;
          }
        } else if (finalThrough >= w.end) { // open, but final by stream time (closed at the end of the batch)
          late = addLate(late, k.interval, batch, i);
          continue;
        }
        if (k.earliestEnd <= finalThrough) {
          closeDue(k);
        }
        w.apply(sip, price, size, mask, streamTime >= w.end, backfill);
        k.storeDirty = true;
      }
    }
    config.listener().ticksAggregated(batch.size);
    if (streamTime >= nextDeadline) {
      closeAllDue();
    }
    if (late != null) {
      forwardLate(late);
    }
    persist();
    reportEmitted();
  }

  private KeyState[] keysOf(String symbol) {
    KeyState[] keys = symbols.get(symbol);
    if (keys == null) {
      keys = new KeyState[INTERVALS.length];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = new KeyState(symbol, INTERVALS[i]);
      }
      symbols.put(symbol, keys);
    }
    return keys;
  }

  /** Finalizes the windows of {@code k} whose end plus grace stream time has reached. */
  private void closeDue(KeyState k) {
    int due = k.dueCount(streamTime - graceNs);
    for (int i = 0; i < due; i++) {
      finalizeWindow(k, k.open.get(i));
    }
    k.removeOldest(due);
  }

  private void closeAllDue() {
    long next = Long.MAX_VALUE;
    for (KeyState[] keys : symbols.values()) {
      for (KeyState k : keys) {
        if (k.earliestEnd <= streamTime - graceNs) {
          closeDue(k);
        }
        if (k.earliestEnd != Long.MAX_VALUE) {
          next = Math.min(next, k.earliestEnd + graceNs);
        }
      }
    }
    nextDeadline = next;
  }

  private void finalizeWindow(KeyState k, WindowAccumulator w) {
    if (w.hasBar()) {
      forwardBar(w.toBar(k.symbol, k.interval, true, source, rulesVersion, sessions));
    }
    k.closedThrough = Math.max(k.closedThrough, w.end);
    k.storeDirty = true;
  }

  private void forwardBar(Bar bar) {
    context.forward(new Record<String, Object>(bar.symbol(), bar, context.currentSystemTimeMs()),
        BarsTopology.sinkName(bar.interval()));
    emitted[bar.isFinal() ? 1 : 0][bar.interval().ordinal()]++;
  }

  private void reportEmitted() {
    for (int f = 0; f < 2; f++) {
      for (Interval interval : INTERVALS) {
        int n = emitted[f][interval.ordinal()];
        if (n > 0) {
          config.listener().barsEmitted(interval, f == 1, n);
          emitted[f][interval.ordinal()] = 0;
        }
      }
    }
  }

  /** Copies row {@code i} as {@link io.peripheral.schemas.trade.TradeArrowCodec.Columns#BARS} decodes it. */
  private static TradeBatch[] addLate(TradeBatch[] late, Interval interval, TradeColumns batch, int i) {
    TradeBatch[] out = late == null ? new TradeBatch[INTERVALS.length] : late;
    TradeBatch b = out[interval.ordinal()];
    if (b == null) {
      b = TradeBatch.builder(16);
      out[interval.ordinal()] = b;
    }
    b.add(batch.names[batch.symbol[i]], batch.sip[i], 0, batch.price[i], batch.quantity[i], batch.exchange[i], 0,
        batch.conditionsOf(i), "", 0, batch.correction[i], -1, 0);
    return out;
  }

  private void forwardLate(TradeBatch[] late) {
    for (Interval interval : INTERVALS) {
      TradeBatch b = late[interval.ordinal()];
      if (b != null) {
        context.forward(new Record<String, Object>(interval.code(), b, context.currentSystemTimeMs()),
            BarsTopology.LATE_SINK);
        config.listener().lateTrades(interval, b.size());
      }
    }
  }

  private void emitForming() {
    for (KeyState[] keys : symbols.values()) {
      for (KeyState k : keys) {
        // at most one update per (symbol, interval) per period: the newest window that changed
        for (int i = k.open.size() - 1; i >= 0; i--) {
          WindowAccumulator w = k.open.get(i);
          if (w.formingDirty && w.hasBar()) {
            forwardBar(w.toBar(k.symbol, k.interval, false, source, rulesVersion, sessions));
            break;
          }
        }
        for (WindowAccumulator w : k.open) {
          w.formingDirty = false;
        }
      }
    }
    reportEmitted();
  }

  /** The partition's input has ended: every open window is final now; then tell every bar topic. */
  private void endOfStream() {
    for (KeyState[] keys : symbols.values()) {
      for (KeyState k : keys) {
        for (WindowAccumulator w : k.open) {
          finalizeWindow(k, w);
        }
        k.removeOldest(k.open.size());
      }
    }
    nextDeadline = Long.MAX_VALUE;
    persist();
    reportEmitted();
    int partition = context.recordMetadata().map(m -> m.partition())
        .orElseThrow(() -> new IllegalStateException("end-of-stream record without metadata"));
    for (Interval interval : INTERVALS) {
      RecordHeaders headers = new RecordHeaders();
      ControlRecords.markEndOfStream(headers);
      context.forward(new Record<String, Object>(ControlPartitioner.controlKey(partition), null,
          context.currentSystemTimeMs(), headers), BarsTopology.controlSinkName(interval));
    }
    // nothing more comes on this partition: commit now rather than at the next commit interval, so the last bars
    // (and the markers that tell the replay it is done) become visible to read_committed consumers at once
    context.commit();
    config.listener().endOfStream(partition);
  }

  private void persist() {
    staleKeys.forEach(store::delete);
    staleKeys.clear();
    List<KeyValue<String, byte[]>> puts = new ArrayList<>();
    for (Map.Entry<String, KeyState[]> e : symbols.entrySet()) {
      KeyState[] keys = e.getValue();
      boolean dirty = false;
      for (KeyState k : keys) {
        dirty |= k.storeDirty;
        k.storeDirty = false;
      }
      if (dirty) {
        puts.add(KeyValue.pair(e.getKey(), KeyState.serializeSymbol(keys)));
      }
    }
    puts.add(KeyValue.pair(STREAM_TIME_KEY, java.nio.ByteBuffer.allocate(8).putLong(streamTime).array()));
    store.putAll(puts);
  }
}
