package io.peripheral.bars.bench;

import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeBatch;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Benchmark input: {@code n} trades over {@code symbols} symbols with Zipf(1) activity, evenly spread over one
 * regular session, written to a replay namespace as Arrow batches per partition, then end-of-stream markers.
 */
final class SyntheticTicks {
  private static final int[][] CONDITIONS = {{}, {}, {}, {}, {}, {}, {}, {37}, {12}, {14, 41}};

  private SyntheticTicks() {}

  static void produce(String bootstrap, TopicCatalog catalog, long n, int symbols, long startNs, long spanNs,
      int batchSize) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024);
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    String[] names = new String[symbols];
    int[] partitionOf = new int[symbols];
    double[] price = new double[symbols];
    double[] cumulative = new double[symbols];
    double total = 0;
    int partitions = catalog.trades().partitions();
    for (int i = 0; i < symbols; i++) {
      names[i] = "B" + i;
      partitionOf[i] = SymbolPartitioner.partition(names[i], partitions);
      price[i] = 20 + i % 300;
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    Random random = new Random(7);
    TradeBatch[] open = new TradeBatch[partitions];
    for (int i = 0; i < partitions; i++) {
      open[i] = TradeBatch.builder(batchSize);
    }
    String topic = catalog.trades().name();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
        new ByteArraySerializer())) {
      for (long i = 0; i < n; i++) {
        int s = pick(cumulative, random.nextDouble() * total);
        price[s] = Math.max(1, price[s] * (1 + (random.nextDouble() - 0.5) * 0.001));
        long sip = startNs + (long) ((double) i / n * spanNs);
        int part = partitionOf[s];
        TradeBatch b = open[part];
        b.add(names[s], sip, sip, Math.round(price[s] * 100) / 100.0, random.nextInt(10) == 0 ? 37 : 100, 4, 1,
            CONDITIONS[random.nextInt(CONDITIONS.length)], "", i, 0, -1, 0);
        if (b.size() >= batchSize) {
          producer.send(new ProducerRecord<>(topic, part, null, TradeArrowCodec.encode(b)));
          b.clear();
        }
      }
      for (int part = 0; part < partitions; part++) {
        if (!open[part].isEmpty()) {
          producer.send(new ProducerRecord<>(topic, part, null, TradeArrowCodec.encode(open[part])));
        }
        RecordHeaders headers = new RecordHeaders();
        ControlRecords.markEndOfStream(headers);
        producer.send(new ProducerRecord<>(topic, part, null, null, null, headers));
      }
      producer.flush();
    }
  }

  private static int pick(double[] cumulative, double x) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
