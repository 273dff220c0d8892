package io.peripheral.bars.sink;

import io.peripheral.schemas.bar.Bar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What one poll gives the database: final bars deduplicated by (symbol, interval, start) under the precedence
 * rule (the later of two equal bars wins, as the upsert does), and the replay partitions that ended.
 */
public final class SinkBatch {
  private static final Comparator<Bar> KEY_ORDER = Comparator.comparing(Bar::symbol)
      .thenComparing(b -> b.interval().code()).thenComparingLong(Bar::start);

  private final Map<String, Bar> bars = new HashMap<>();
  private final TreeSet<ReplayProgress> progress = new TreeSet<>();

  public void add(Bar bar) {
    String key = bar.symbol() + '\u0000' + bar.interval().code() + '\u0000' + bar.start();
    Bar existing = bars.get(key);
    if (existing == null || !existing.supersedes(bar)) {
      bars.put(key, bar);
    }
  }

  public void add(ReplayProgress p) {
    progress.add(p);
  }

  public boolean isEmpty() {
    return bars.isEmpty() && progress.isEmpty();
  }

  /** Bars in key order, so concurrent writers lock rows in the same order. */
  public List<Bar> bars() {
    List<Bar> out = new ArrayList<>(bars.values());
    out.sort(KEY_ORDER);
    return out;
  }

  public List<ReplayProgress> progress() {
    return List.copyOf(progress);
  }
}
