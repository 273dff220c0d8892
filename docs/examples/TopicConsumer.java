// A downstream consumer of Peripheral's topics, runnable as a single file (JDK 17):
//   java --add-opens=java.base/java.nio=ALL-UNNAMED \
//     -cp 'schemas/target/schemas-0.1.0-SNAPSHOT.jar:schemas/target/lib/*' \
//     docs/examples/TopicConsumer.java localhost:9092 bars.1m.v1 10
// Arguments: bootstrap servers, topic (bars.<interval>.v1 or trades.v1, optionally with a replay.<id>. prefix),
// how many records to print before exiting. Reads from the beginning with isolation.level=read_committed.
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;

public class TopicConsumer {
  @SuppressWarnings("unchecked")
  public static void main(String[] args) {
    String bootstrap = args[0];
    String topic = args[1];
    int max = Integer.parseInt(args[2]);
    boolean trades = topic.endsWith("trades.v1");
    // The catalog's serdes decode the values: Arrow IPC for trades, JSON for bars.
    TopicCatalog catalog = TopicCatalog.live();
    Deserializer<?> values = trades ? catalog.trades().valueSerde().deserializer()
        : catalog.allBars().get(0).valueSerde().deserializer();

    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "example-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(p,
        new org.apache.kafka.common.serialization.StringDeserializer(), (Deserializer<Object>) values)) {
      consumer.subscribe(List.of(topic));
      int printed = 0;
      long deadline = System.currentTimeMillis() + 60_000;
      while (printed < max && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, Object> r : consumer.poll(Duration.ofMillis(500))) {
          if (ControlRecords.isEndOfStream(r.headers())) {
            System.out.println("partition " + r.partition() + ": end of stream");
            continue;
          }
          if (r.value() instanceof Bar bar) {
            System.out.printf("%s %s %s O=%.4f H=%.4f L=%.4f C=%.4f V=%.2f final=%s%n", bar.symbol(), bar.interval().code(),
                Instant.ofEpochSecond(0, bar.start()), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume(),
                bar.isFinal());
          } else if (r.value() instanceof TradeBatch batch) {
            System.out.printf("partition %d: %d trades, first %s %.4f x %.2f%n", r.partition(), batch.size(),
                batch.symbol(0), batch.price(0), batch.size(0));
          }
          if (++printed >= max) {
            break;
          }
        }
      }
      if (printed < max) {
        System.err.println("only " + printed + " records within 60 s");
        System.exit(1);
      }
    }
  }
}
