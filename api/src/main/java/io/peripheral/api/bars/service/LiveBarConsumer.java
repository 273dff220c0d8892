package io.peripheral.api.bars.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.api.config.PeripheralConfig;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarJson;
import io.peripheral.schemas.topic.Topic;
import io.peripheral.schemas.topic.TopicCatalog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads every live bar topic on a dedicated thread and publishes each bar to the {@link LiveBarHub}. Each API
 * instance uses its own consumer group ({@code <group-prefix>-<random>}, from the latest offsets,
 * read_committed, no commits), so every instance sees every bar and serves its own sockets.
 */
@ApplicationScoped
public class LiveBarConsumer {
  private static final Logger LOG = Logger.getLogger(LiveBarConsumer.class);
  private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);

  private final LiveBarHub hub;
  private final PeripheralConfig config;
  private final Counter received;
  private final Counter malformed;
  private final AtomicBoolean running = new AtomicBoolean();
  private final String groupId;
  private volatile KafkaConsumer<String, byte[]> consumer;
  private volatile Thread thread;
  private volatile long lastPollNanos = System.nanoTime();
  private volatile boolean assigned;

  public LiveBarConsumer(LiveBarHub hub, PeripheralConfig config, MeterRegistry registry) {
    this.hub = hub;
    this.config = config;
    this.groupId = config.bars().live().groupPrefix() + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.received = registry.counter("peripheral.api.live.bars.received");
    this.malformed = registry.counter("peripheral.api.live.bars.malformed");
  }

  void start(@Observes StartupEvent event) {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    consumer = new KafkaConsumer<>(properties(), new StringDeserializer(), new ByteArrayDeserializer());
    thread = new Thread(this::run, "live-bars-consumer");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) {
    if (!running.compareAndSet(true, false)) {
      return;
    }
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The consumer thread is alive and returned from poll within the stall timeout. */
  public boolean isLive() {
    Thread t = thread;
    long stall = config.bars().live().stallTimeout().toNanos();
    return t != null && t.isAlive() && System.nanoTime() - lastPollNanos < stall;
  }

  /** Partitions are assigned and their positions resolved: bars produced from now on will be seen. */
  public boolean isAssigned() {
    return assigned;
  }

  public String groupId() {
    return groupId;
  }

  private Properties properties() {
    Properties p = new Properties();
    io.peripheral.schemas.topic.Lz4Native.load(); // lz4 at native speed inside Quarkus too
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(TopicCatalog.MAX_RECORD_BYTES));
    return p;
  }

  private void run() {
    List<String> topics = TopicCatalog.live().allBars().stream().map(Topic::name).toList();
    Duration pollTimeout = config.bars().live().pollTimeout();
    try (KafkaConsumer<String, byte[]> c = consumer) {
      c.subscribe(topics, new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          assigned = false;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          partitions.forEach(c::position);
          assigned = !c.assignment().isEmpty();
          LOG.infof("live bars consumer %s assigned %d partitions", groupId, c.assignment().size());
        }
      });
      while (running.get()) {
        try {
          var records = c.poll(pollTimeout);
          lastPollNanos = System.nanoTime();
          for (ConsumerRecord<String, byte[]> record : records) {
            handle(record);
          }
        } catch (WakeupException e) {
          throw e;
        } catch (RuntimeException e) {
          LOG.warnf("live bars consumer: poll failed (%s); retrying in %s", e, RETRY_BACKOFF);
          pause();
        }
      }
    } catch (WakeupException e) {
      if (running.get()) {
        LOG.error("live bars consumer woken up while running; WebSocket clients get no more live bars", e);
      }
    } finally {
      assigned = false;
    }
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_BACKOFF.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  private void handle(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    Bar bar;
    try {
      bar = BarJson.read(record.value());
    } catch (RuntimeException e) {
      malformed.increment();
      LOG.debugf("skipping malformed bar at %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
          e.getMessage());
      return;
    }
    received.increment();
    hub.publish(bar);
  }
}
