package io.peripheral.bars.app;

import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Synthetic trades for integration tests and how a replay writes them: Arrow batches per partition + markers. */
public final class TradeFixtures {
  private TradeFixtures() {}

  /** {@code n} trades over {@code symbols} in SIP order from {@code startNs}, with condition and correction mix. */
  public static List<Trade> trades(long seed, String symbolPrefix, int symbols, int n, long startNs, long stepNs) {
    Random random = new Random(seed);
    int[][] conditionSets = {{}, {}, {}, {}, {37}, {12}, {5}, {38}, {15}, {14, 41}};
    List<Trade> out = new ArrayList<>(n);
    long t = startNs;
    for (int i = 0; i < n; i++) {
      t += 1 + (long) (random.nextDouble() * 2 * stepNs);
      int correction = random.nextInt(100) == 0 ? 7 + random.nextInt(5) : 0;
      out.add(new Trade(symbolPrefix + random.nextInt(symbols), t, 0, 50 + random.nextInt(10_000) / 100.0,
          1 + random.nextInt(300), 4, 1, conditionSets[random.nextInt(conditionSets.length)], "t" + i, i, correction,
          -1, 0));
    }
    return out;
  }

  public static KafkaProducer<String, byte[]> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // One request in flight: on a just-created partition the broker may answer the first request NOT_LEADER while
    // accepting the next, and the retried first batch is then refused as out of sequence for good (seen in CI).
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024);
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /** Writes trades as Arrow batches of at most {@code batchSize} per partition, in order, then end-of-stream. */
  public static void produce(KafkaProducer<String, byte[]> producer, TopicCatalog catalog, List<Trade> trades,
      int batchSize, boolean endOfStream) {
    int partitions = catalog.trades().partitions();
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    Map<Integer, TradeBatch> open = new HashMap<>();
    String topic = catalog.trades().name();
    for (Trade t : trades) {
      int p = SymbolPartitioner.partition(t.symbol(), partitions);
      TradeBatch b = open.computeIfAbsent(p, k -> TradeBatch.builder(batchSize));
      b.add(t);
      if (b.size() >= batchSize) {
        sent.add(producer.send(new ProducerRecord<>(topic, p, null, TradeArrowCodec.encode(b))));
        open.put(p, TradeBatch.builder(batchSize));
      }
    }
    open.forEach((p, b) -> {
      if (!b.isEmpty()) {
        sent.add(producer.send(new ProducerRecord<>(topic, p, null, TradeArrowCodec.encode(b))));
      }
    });
    if (endOfStream) {
      for (int p = 0; p < partitions; p++) {
        RecordHeaders headers = new RecordHeaders();
        ControlRecords.markEndOfStream(headers);
        sent.add(producer.send(new ProducerRecord<>(topic, p, null, null, null, headers)));
      }
    }
    producer.flush();
    // a test whose input did not fully arrive must say so, not compare bars against trades that never existed
    for (Future<RecordMetadata> f : sent) {
      try {
        f.get();
      } catch (InterruptedException | ExecutionException e) {
        throw new IllegalStateException("the test stack's broker did not accept a trades record: " + e, e);
      }
    }
  }
}
