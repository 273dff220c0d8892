package io.peripheral.schemas.topic;

import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.PolygonAggSerde;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSerde;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.quote.QuoteBatch;
import io.peripheral.schemas.quote.QuoteBatchSerde;
import io.peripheral.schemas.trade.TradeBatch;
import io.peripheral.schemas.trade.TradeBatchSerde;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of one namespace. {@link #live()} is the live namespace; {@link #replay(String)} gives a replay
 * its own copy of every topic under the prefix {@code replay.<id>.}, so replays never collide with live data
 * or with each other.
 */
public final class TopicCatalog {
  public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;
  public static final int TRADE_PARTITIONS = 6;
  public static final int BAR_PARTITIONS = 6;
  public static final int QUOTE_PARTITIONS = 6;
  public static final int AGG_PARTITIONS = 6;
  private static final Pattern REPLAY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final String prefix;
  private final Topic<String, TradeBatch> trades;
  private final Topic<String, TradeBatch> lateTrades;
  private final Map<Interval, Topic<String, Bar>> bars;
  private final Topic<String, QuoteBatch> quotes;
  private final Topic<String, PolygonAgg> polygonAggs;

  private TopicCatalog(String prefix, Duration tradeRetention) {
    this.prefix = prefix;
    this.trades = new Topic<>(prefix + "trades.v1", Serdes.String(), new TradeBatchSerde(), TRADE_PARTITIONS,
        tradeRetention, ValueFormat.ARROW_IPC_STREAM, Compatibility.BACKWARD_ADD_ONLY,
        "null; the partition is SymbolPartitioner.partition(symbol) and a record holds only that partition's symbols",
        "TradeBatch", "Trade prints as Arrow record batches, each symbol's trades in one partition in SIP-time order.");
    this.lateTrades = new Topic<>(prefix + "trades.late.v1", Serdes.String(), new TradeBatchSerde(), TRADE_PARTITIONS,
        Duration.ofDays(30), ValueFormat.ARROW_IPC_STREAM, Compatibility.BACKWARD_ADD_ONLY,
        "interval code of the bar the trades missed (1s, 1m, ...)", "TradeBatch",
        "Trades that arrived after their bar was final (past the grace period); a later rebuild supersedes the bar.");
    Map<Interval, Topic<String, Bar>> byInterval = new EnumMap<>(Interval.class);
    for (Interval interval : Interval.values()) {
      Duration retention = interval == Interval.S1 ? Duration.ofDays(7) : null;
      byInterval.put(interval, new Topic<>(prefix + "bars." + interval.code() + ".v1", Serdes.String(), new BarSerde(),
          BAR_PARTITIONS, retention, ValueFormat.JSON, Compatibility.BACKWARD_ADD_ONLY, "symbol", "Bar",
          interval.code() + " OHLCV bars, forming (final=false, at most every 250 ms per symbol) and final."));
    }
    this.bars = Collections.unmodifiableMap(byInterval);
    // Quotes outnumber trades several times over: they are kept for as long as the trades, never forever.
    this.quotes = new Topic<>(prefix + "quotes.v1", Serdes.String(), new QuoteBatchSerde(), QUOTE_PARTITIONS,
        tradeRetention, ValueFormat.ARROW_IPC_STREAM, Compatibility.BACKWARD_ADD_ONLY,
        "null; the partition is SymbolPartitioner.partition(symbol) and a record holds only that partition's symbols",
        "QuoteBatch", "NBBO quotes as Arrow record batches, each symbol's quotes in one partition in SIP-time order.");
    this.polygonAggs = new Topic<>(prefix + "polygon.aggs.v1", Serdes.String(), new PolygonAggSerde(),
        AGG_PARTITIONS, Duration.ofDays(90), ValueFormat.JSON, Compatibility.BACKWARD_ADD_ONLY, "symbol",
        "PolygonAgg", "Polygon's own second, minute and day aggregates (WebSocket A/AM, REST /v2/aggs, flat files), "
            + "kept apart from our bars so the two can be compared (make reconcile); never an input of the bars.");
  }

  public static TopicCatalog live() {
    return new TopicCatalog("", Duration.ofDays(7));
  }

  /** The namespace of replay {@code id} (letters, digits, {@code _} and {@code -}). */
  public static TopicCatalog replay(String id) {
    if (!REPLAY_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("replay id '" + id + "' must be 1-64 letters, digits, '_' or '-'");
    }
    return new TopicCatalog("replay." + id + ".", Duration.ofDays(2));
  }

  /** The namespace with the given prefix: {@code ""} is live, {@code replay.<id>.} a replay. */
  public static TopicCatalog forPrefix(String prefix) {
    if (prefix == null || prefix.isEmpty()) {
      return live();
    }
    if (!prefix.startsWith("replay.") || !prefix.endsWith(".")) {
      throw new IllegalArgumentException("topic prefix '" + prefix + "' must be empty or replay.<id>.");
    }
    return replay(prefix.substring("replay.".length(), prefix.length() - 1));
  }

  public String prefix() {
    return prefix;
  }

  public boolean isReplay() {
    return !prefix.isEmpty();
  }

  public Topic<String, TradeBatch> trades() {
    return trades;
  }

  public Topic<String, TradeBatch> lateTrades() {
    return lateTrades;
  }

  public Topic<String, Bar> bars(Interval interval) {
    return bars.get(interval);
  }

  /** NBBO quotes (Arrow batches, partitioned by symbol like the trades). */
  public Topic<String, QuoteBatch> quotes() {
    return quotes;
  }

  /** Polygon's own aggregates, JSON keyed by symbol; never mixed into our bars. */
  public Topic<String, PolygonAgg> polygonAggs() {
    return polygonAggs;
  }

  public List<Topic<String, Bar>> allBars() {
    return List.copyOf(bars.values());
  }

  public List<Topic<?, ?>> all() {
    List<Topic<?, ?>> all = new ArrayList<>();
    all.add(trades);
    all.add(lateTrades);
    all.addAll(bars.values());
    all.add(quotes);
    all.add(polygonAggs);
    return List.copyOf(all);
  }
}
