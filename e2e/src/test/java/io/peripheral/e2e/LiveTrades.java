package io.peripheral.e2e;

import io.peripheral.schemas.topic.SymbolPartitioner;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeBatch;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Produces single trades to the live trades topic, as the feed would. */
final class LiveTrades implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic = TopicCatalog.live().trades().name();
  private final int partitions = TopicCatalog.live().trades().partitions();

  LiveTrades(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  void send(String symbol, long sipNs, double price, double size) throws Exception {
    byte[] value = TradeArrowCodec.encode(TradeBatch.of(List.of(Trade.of(symbol, sipNs, price, size))));
    producer.send(new ProducerRecord<>(topic, SymbolPartitioner.partition(symbol, partitions), null, value)).get();
  }

  @Override
  public void close() {
    producer.close();
  }
}
