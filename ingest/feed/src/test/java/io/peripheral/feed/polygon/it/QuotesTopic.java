package io.peripheral.feed.polygon.it;

import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.quote.QuoteArrowCodec;
import io.peripheral.schemas.quote.QuoteBatch;
import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.TopicCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a namespace's quotes topic to its end (read_committed), decoding the Arrow batches. */
final class QuotesTopic {
  private QuotesTopic() {}

  static List<Quote> read(String bootstrap, TopicCatalog ns) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<Quote> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = new ArrayList<>();
      for (int i = 0; i < ns.quotes().partitions(); i++) {
        parts.add(new TopicPartition(ns.quotes().name(), i));
      }
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + ns.quotes().name() + " to its end");
        }
        for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
          if (rec.value() == null || ControlRecords.isEndOfStream(rec.headers())) {
            continue;
          }
          QuoteBatch batch = QuoteArrowCodec.decode(rec.value());
          out.addAll(batch.quotes());
        }
      }
    }
    return out;
  }
}
