package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.topic.Topic;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.TradeBatchSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * trades → bars of every interval (+ late trades). A pure function of the topic catalog and config: the same
 * inputs give the same node and store names. Bars are {@link BarSource#LIVE} in the live namespace and
 * {@link BarSource#REPLAY} in a replay namespace.
 */
public final class BarsTopology {
  public static final String SOURCE = "trades-source";
  public static final String AGGREGATOR = "bars-aggregate";
  public static final String STORE = "bars-aggregate-state";
  public static final String LATE_SINK = "late-trades-sink";

  private BarsTopology() {}

  private static final String[] SINK_NAMES = java.util.Arrays.stream(Interval.values())
      .map(i -> "bars-" + i.code() + "-sink").toArray(String[]::new);
  private static final String[] CONTROL_SINK_NAMES = java.util.Arrays.stream(Interval.values())
      .map(i -> "bars-" + i.code() + "-control-sink").toArray(String[]::new);

  /** The sink of bars of {@code interval}: placed by the producer's default partitioner (murmur2 of the symbol). */
  public static String sinkName(Interval interval) {
    return SINK_NAMES[interval.ordinal()];
  }

  /** The sink of end-of-stream control records to the same topic, each to the partition its key names. */
  public static String controlSinkName(Interval interval) {
    return CONTROL_SINK_NAMES[interval.ordinal()];
  }

  public static Topology build(TopicCatalog catalog, BarsConfig config) {
    BarSource source = sourceOf(catalog);
    Topology topology = new Topology();
    topology.addSource(SOURCE, Serdes.String().deserializer(),
        new TradeColumnsDeserializer(), catalog.trades().name());
    topology.addProcessor(AGGREGATOR, () -> new BarAggregator(STORE, source, config), SOURCE);
    StoreBuilder<KeyValueStore<String, byte[]>> store = Stores.keyValueStoreBuilder(
        Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray()).withCachingEnabled();
    topology.addStateStore(store, AGGREGATOR);
    ControlPartitioner controlPartitioner = new ControlPartitioner();
    for (Interval interval : Interval.values()) {
      Topic<String, Bar> topic = catalog.bars(interval);
      topology.addSink(sinkName(interval), topic.name(), Serdes.String().serializer(),
          FastBarJson.serializer(), AGGREGATOR);
      topology.addSink(controlSinkName(interval), topic.name(), Serdes.String().serializer(),
          FastBarJson.serializer(), controlPartitioner, AGGREGATOR);
    }
    topology.addSink(LATE_SINK, catalog.lateTrades().name(), Serdes.String().serializer(),
        objectSerializer(new TradeBatchSerde().serializer()), new LateTradePartitioner(), AGGREGATOR);
    return topology;
  }

  /**
   * live for the live namespace; backfill for {@code replay.backfill-<id>.} (whole days loaded through Polygon
   * REST by {@code feed backfill}: they supersede live and replay bars); replay for every other replay.
   */
  static BarSource sourceOf(TopicCatalog catalog) {
    if (!catalog.isReplay()) {
      return BarSource.LIVE;
    }
    String id = catalog.prefix().substring("replay.".length(), catalog.prefix().length() - 1);
    return BarSource.ofReplayId(id);
  }

  @SuppressWarnings("unchecked")
  private static <T> Serializer<Object> objectSerializer(Serializer<T> typed) {
    return (topic, value) -> typed.serialize(topic, (T) value);
  }
}
