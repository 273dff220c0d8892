package io.peripheral.feed.polygon.it;

import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.topic.TradeOrigin;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a namespace's whole trades topic (read_committed, up to the end offsets) for comparisons. */
final class TradesTopic {
  /** What a bar builder sees of a trade (participant and TRF times differ between WebSocket and REST). */
  record Seen(String symbol, long sip, double price, double size, int exchange, String conditions, String id,
      long sequence, int trfId) {
    static Seen of(Trade t) {
      return new Seen(t.symbol(), t.sipTimestamp(), t.price(), t.size(), t.exchange(),
          Arrays.toString(t.conditions()), t.tradeId(), t.sequenceNumber(), t.trfId());
    }
  }

  /** Trades per partition in topic order, and end-of-stream markers seen. */
  record Content(Map<Integer, List<Seen>> byPartition, int markers, int backfillMarked) {
    List<Seen> all() {
      return byPartition.values().stream().flatMap(List::stream).toList();
    }
  }

  private TradesTopic() {}

  static Content read(String bootstrap, TopicCatalog ns) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<Integer, List<Seen>> out = new TreeMap<>();
    int markers = 0;
    int marked = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = new ArrayList<>();
      for (int i = 0; i < ns.trades().partitions(); i++) {
        parts.add(new TopicPartition(ns.trades().name(), i));
      }
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + ns.trades().name() + " to its end");
        }
        for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
          if (ControlRecords.isEndOfStream(rec.headers())) {
            markers++;
            continue;
          }
          TradeBatch batch = TradeArrowCodec.decode(rec.value());
          if (TradeOrigin.isBackfill(rec.headers())) {
            marked += batch.size();
          }
          List<Seen> list = out.computeIfAbsent(rec.partition(), k -> new ArrayList<>());
          for (int i = 0; i < batch.size(); i++) {
            list.add(Seen.of(batch.get(i)));
          }
        }
      }
    }
    return new Content(out, markers, marked);
  }
}
