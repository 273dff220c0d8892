package io.peripheral.bars.bench;

import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.Topic;
import io.peripheral.schemas.topic.TopicCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Tells when every bar partition of a namespace shows its end-of-stream marker to a read_committed reader: the
 * moment a replay's bars are all final. Both consumers connect when this is opened, before the clock starts, so
 * the benchmark times the bars becoming visible rather than a consumer's connection and metadata round trips.
 */
final class CommittedMarkers implements AutoCloseable {
  private final List<TopicPartition> partitions = new ArrayList<>();
  private final KafkaConsumer<byte[], byte[]> committed;
  private final KafkaConsumer<byte[], byte[]> uncommitted;

  CommittedMarkers(String bootstrap, TopicCatalog catalog) {
    for (Topic<?, ?> t : catalog.allBars()) {
      for (int i = 0; i < t.partitions(); i++) {
        partitions.add(new TopicPartition(t.name(), i));
      }
    }
    committed = consumer(bootstrap, "read_committed");
    uncommitted = consumer(bootstrap, "read_uncommitted");
    committed.assign(partitions);
    committed.endOffsets(partitions); // connects and loads metadata now
    uncommitted.endOffsets(partitions);
  }

  /** Reads the tail of every bar partition (read_committed) until each shows its end-of-stream marker. */
  void await() {
    // the markers are the last records written: start a little before the end, committed or not
    Map<TopicPartition, Long> ends = uncommitted.endOffsets(partitions);
    for (TopicPartition tp : partitions) {
      committed.seek(tp, Math.max(0, ends.get(tp) - 16));
    }
    Set<TopicPartition> seen = new HashSet<>();
    while (seen.size() < partitions.size()) {
      for (ConsumerRecord<byte[], byte[]> r : committed.poll(Duration.ofMillis(50))) {
        if (r.value() == null && ControlRecords.isEndOfStream(r.headers())) {
          seen.add(new TopicPartition(r.topic(), r.partition()));
        }
      }
    }
  }

  @Override
  public void close() {
    committed.close();
    uncommitted.close();
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String isolation) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
