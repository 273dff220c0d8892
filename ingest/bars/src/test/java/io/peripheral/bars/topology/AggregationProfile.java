package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Profiling harness (not a test): pre-encoded Arrow batches like the aggregation bench's, piped through the bar
 * topology in a TopologyTestDriver, without a broker. Prints ticks per second of this thread's CPU. Run with the
 * test classpath: {@code java -cp target/test-classes:target/classes:<deps> io.peripheral.bars.topology.AggregationProfile [ticks] [symbols] [rounds]}.
 */
final class AggregationProfile {
  private static final int[][] CONDITIONS = {{}, {}, {}, {}, {}, {}, {}, {37}, {12}, {14, 41}};

  private AggregationProfile() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    int symbols = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<List<byte[]>> partitions = encode(n, symbols, 4096);
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      long bars = 0;
      long cpu0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (List<byte[]> records : partitions) { // one driver per partition: each has its own stream time
        try (Harness h = new Harness()) {
          for (int i = 0; i < records.size(); i++) {
            h.raw.pipeInput(null, records.get(i));
            if (i % 16 == 15) {
              bars += h.drain();
            }
          }
          bars += h.drain();
        }
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.err.printf(Locale.ROOT, "round %d: %,d ticks %,d bars  wall %.2f s  %,.0f ticks/s  cpu %.2f s  %.3f us/tick%n",
          round, n, bars, wall, n / wall, cpu, cpu * 1e6 / n);
    }
  }

  private static final class Harness implements AutoCloseable {
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> raw;
    final List<TestOutputTopic<String, byte[]>> outputs = new ArrayList<>();

    Harness() {
      TopicCatalog catalog = TopicCatalog.replay("profile");
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bars-profile");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 32L * 1024 * 1024);
      BarsConfig config = BarsConfig.builder().withFormingInterval(Duration.ZERO).build();
      driver = new TopologyTestDriver(BarsTopology.build(catalog, config), props, Instant.parse("2024-01-02T00:00:00Z"));
      raw = driver.createInputTopic(catalog.trades().name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
      for (Interval i : Interval.values()) {
        outputs.add(driver.createOutputTopic(catalog.bars(i).name(), Serdes.String().deserializer(),
            Serdes.ByteArray().deserializer()));
      }
    }

    long drain() {
      long n = 0;
      for (TestOutputTopic<String, byte[]> o : outputs) {
        n += o.readValuesToList().size();
      }
      return n;
    }

    @Override
    public void close() {
      driver.close();
    }
  }

  static List<List<byte[]>> encode(long n, int symbols, int batchSize) {
    long start = Instant.parse("2024-01-02T14:30:00Z").getEpochSecond() * 1_000_000_000L;
    long spanNs = Duration.ofMinutes(390).toNanos();
    String[] names = new String[symbols];
    double[] price = new double[symbols];
    double[] cumulative = new double[symbols];
    double total = 0;
    int partitions = 6;
    int[] partitionOf = new int[symbols];
    for (int i = 0; i < symbols; i++) {
      names[i] = "B" + i;
      partitionOf[i] = io.peripheral.schemas.topic.SymbolPartitioner.partition(names[i], partitions);
      price[i] = 20 + i % 300;
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    Random random = new Random(7);
    TradeBatch[] open = new TradeBatch[partitions];
    for (int i = 0; i < partitions; i++) {
      open[i] = TradeBatch.builder(batchSize);
    }
    List<List<byte[]>> out = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      out.add(new ArrayList<>());
    }
    for (long i = 0; i < n; i++) {
      double x = random.nextDouble() * total;
      int s = java.util.Arrays.binarySearch(cumulative, x);
      s = s < 0 ? Math.min(symbols - 1, -s - 1) : s;
      price[s] = Math.max(1, price[s] * (1 + (random.nextDouble() - 0.5) * 0.001));
      long sip = start + (long) ((double) i / n * spanNs);
      int part = partitionOf[s];
      TradeBatch b = open[part];
      b.add(names[s], sip, sip, Math.round(price[s] * 100) / 100.0, random.nextInt(10) == 0 ? 37 : 100, 4, 1,
          CONDITIONS[random.nextInt(CONDITIONS.length)], "", i, 0, -1, 0);
      if (b.size() >= batchSize) {
        out.get(part).add(TradeArrowCodec.encode(b));
        b.clear();
      }
    }
    for (int part = 0; part < partitions; part++) {
      if (!open[part].isEmpty()) {
        out.get(part).add(TradeArrowCodec.encode(open[part]));
      }
    }
    return out;
  }
}
