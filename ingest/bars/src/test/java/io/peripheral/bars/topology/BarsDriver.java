package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSerde;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeBatch;
import io.peripheral.schemas.trade.TradeBatchSerde;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A TopologyTestDriver around {@link BarsTopology} with typed helpers for trades in and bars out. */
final class BarsDriver implements AutoCloseable {
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, TradeBatch> trades;
  private final Map<Interval, TestOutputTopic<String, Bar>> bars = new EnumMap<>(Interval.class);
  private final TestOutputTopic<String, TradeBatch> late;
  private final TestInputTopic<String, byte[]> raw;

  BarsDriver(TopicCatalog catalog, BarsConfig config) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bars-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(BarsTopology.build(catalog, config), props, Instant.parse("2024-01-02T00:00:00Z"));
    trades = driver.createInputTopic(catalog.trades().name(), Serdes.String().serializer(),
        new TradeBatchSerde().serializer());
    for (Interval i : Interval.values()) {
      bars.put(i, driver.createOutputTopic(catalog.bars(i).name(), Serdes.String().deserializer(),
          new BarSerde().deserializer()));
    }
    raw = driver.createInputTopic(catalog.trades().name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    late = driver.createOutputTopic(catalog.lateTrades().name(), Serdes.String().deserializer(),
        new TradeBatchSerde().deserializer());
  }

  BarsDriver(BarsConfig config) {
    this(TopicCatalog.live(), config);
  }

  void send(Trade... batch) {
    send(List.of(batch));
  }

  void send(List<Trade> batch) {
    trades.pipeInput(null, TradeBatch.of(batch));
  }

  /** A batch marked as recovered by a gap backfill ({@code TradeOrigin} header). */
  void sendBackfill(List<Trade> batch) {
    RecordHeaders headers = new RecordHeaders();
    io.peripheral.schemas.topic.TradeOrigin.markBackfill(headers);
    trades.pipeInput(new TestRecord<>(null, TradeBatch.of(batch), headers));
  }

  void sendRaw(byte[] value) {
    raw.pipeInput(null, value);
  }

  void endOfStream() {
    RecordHeaders headers = new RecordHeaders();
    ControlRecords.markEndOfStream(headers);
    trades.pipeInput(new TestRecord<>(null, null, headers));
  }

  void advanceWallClock(Duration d) {
    driver.advanceWallClockTime(d);
  }

  /** Every record on the bar topic of {@code interval} since the last read, control records included. */
  List<TestRecord<String, Bar>> records(Interval interval) {
    return bars.get(interval).readRecordsToList();
  }

  List<Bar> finalBars(Interval interval) {
    List<Bar> out = new ArrayList<>();
    for (TestRecord<String, Bar> r : records(interval)) {
      if (r.value() != null && r.value().isFinal()) {
        out.add(r.value());
      }
    }
    return out;
  }

  List<Bar> allFinalBars() {
    List<Bar> out = new ArrayList<>();
    for (Interval i : Interval.values()) {
      out.addAll(finalBars(i));
    }
    return out;
  }

  List<TestRecord<String, TradeBatch>> lateTrades() {
    return late.readRecordsToList();
  }

  @Override
  public void close() {
    driver.close();
  }
}
