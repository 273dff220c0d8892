package io.peripheral.bars.bench;

import io.peripheral.bars.streams.StreamsSettings;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarJson;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The floor under (b): what Kafka Streams alone costs to write final bars, one per record as the bar topics'
 * contract has it. The same Streams settings as the bar service (exactly_once_v2, 2 threads, lz4, 1 s commits)
 * run a topology that only forwards already-serialized bar JSON — no decoding, no aggregation, no serializing —
 * as many records as the aggregation run emits, to the 1 s bar topic of a fresh namespace. Timed from start until
 * every input offset is committed, which with exactly-once means every output record is committed too.
 */
final class EmitFloorBench {
  /** Input records per partition; each asks the processor for {@code bars / (partitions * this)} outputs. */
  private static final int COMMANDS_PER_PARTITION = 500;

  record Result(long bars, double seconds) {}

  private EmitFloorBench() {}

  static Result run(String bootstrap, long bars, int symbols, int threads, Path stateDir) throws Exception {
    String id = "bench-floor-" + System.currentTimeMillis();
    TopicCatalog catalog = TopicCatalog.replay(id);
    TopicAdmin.ensureTopics(bootstrap, catalog);
    String input = catalog.trades().name();
    int partitions = catalog.trades().partitions();
    long perCommand = Math.max(1, bars / ((long) partitions * COMMANDS_PER_PARTITION));
    produceCommands(bootstrap, input, partitions, perCommand);
    long total = perCommand * partitions * COMMANDS_PER_PARTITION;

    byte[][] keys = new byte[symbols][];
    byte[][] values = new byte[symbols][];
    for (int s = 0; s < symbols; s++) {
      String symbol = "B" + s;
      keys[s] = symbol.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      values[s] = BarJson.write(new Bar(symbol, Interval.S1, 1_704_205_800_000_000_000L + s * 1_000_000_000L,
          20.01 + s, 20.37 + s, 19.98 + s, 20.12 + s, 1_300, 20.147_234_551 + s, 7, Session.REGULAR, true,
          BarSource.REPLAY, 0, "builtin-1"));
    }
    AtomicLong emitted = new AtomicLong();
    Topology topology = new Topology();
    topology.addSource("commands", Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(), input);
    topology.addProcessor("emit", () -> new Emitter(keys, values, emitted), "commands");
    topology.addSink("bars", catalog.bars(Interval.S1).name(), new ByteArraySerializer(), new ByteArraySerializer(),
        "emit");
    String appId = "peripheral-bars-floor-" + id;
    Properties props = new StreamsSettings(bootstrap, stateDir, threads, java.time.Duration.ofSeconds(1))
        .properties(appId);
    long t0 = System.nanoTime();
    try (KafkaStreams streams = new KafkaStreams(topology, props)) {
      streams.start();
      awaitCommitted(bootstrap, appId, input, partitions);
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (emitted.get() < total) {
        throw new IllegalStateException("committed before emitting everything: " + emitted.get() + " < " + total);
      }
      streams.close(java.time.Duration.ofSeconds(30));
      streams.cleanUp();
      return new Result(emitted.get(), seconds);
    } finally {
      Properties p = new Properties();
      p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      try (Admin admin = Admin.create(p)) {
        TopicAdmin.deleteReplayTopics(admin, catalog);
      }
    }
  }

  /** Forwards {@code count} bars (round-robin over the symbols) per input record of an 8-byte count. */
  private static final class Emitter implements Processor<byte[], byte[], byte[], byte[]> {
    private final byte[][] keys;
    private final byte[][] values;
    private final AtomicLong emitted;
    private ProcessorContext<byte[], byte[]> context;
    private int next;

    Emitter(byte[][] keys, byte[][] values, AtomicLong emitted) {
      this.keys = keys;
      this.values = values;
      this.emitted = emitted;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
      this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> command) {
      long count = ByteBuffer.wrap(command.value()).getLong();
      long now = context.currentSystemTimeMs();
      for (long i = 0; i < count; i++) {
        int s = next++ % keys.length;
        context.forward(new Record<>(keys[s], values[s], now));
      }
      emitted.addAndGet(count);
    }
  }

  private static void produceCommands(String bootstrap, String topic, int partitions, long perCommand)
      throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    byte[] value = ByteBuffer.allocate(8).putLong(perCommand).array();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
        new ByteArraySerializer())) {
      for (int part = 0; part < partitions; part++) {
        for (int i = 0; i < COMMANDS_PER_PARTITION; i++) {
          producer.send(new ProducerRecord<>(topic, part, null, value));
        }
      }
      producer.flush();
    }
  }

  /** Polls the application's committed input offsets until every partition's equals its end offset. */
  private static void awaitCommitted(String bootstrap, String appId, String topic, int partitions) throws Exception {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(p)) {
      Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
      for (int i = 0; i < partitions; i++) {
        latest.put(new TopicPartition(topic, i), OffsetSpec.latest());
      }
      Map<TopicPartition, Long> ends = new java.util.HashMap<>();
      admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
      while (true) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get();
        if (ends.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null
            && committed.get(e.getKey()).offset() >= e.getValue())) {
          return;
        }
        Thread.sleep(20); // benchmark timing loop, not a test
      }
    }
  }
}
