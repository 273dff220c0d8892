package io.peripheral.bars.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarJson;
import io.peripheral.schemas.topic.ControlRecords;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Consumes every bar topic (live and replay namespaces, read_committed) on its own thread and upserts final bars
 * in batches. Offsets are committed only after the database transaction has committed. When the database fails
 * the sink rolls back, seeks every partition back to the first uncommitted record, pauses, and retries with
 * exponential backoff: nothing is skipped and no Streams thread is involved.
 */
public final class BarSink implements Runnable, AutoCloseable {
  /** Every bar topic of every namespace; group 2 is the replay id, group 3 the interval. */
  public static final Pattern BAR_TOPICS = Pattern.compile("(replay\\.([A-Za-z0-9_-]+)\\.)?bars\\.(1s|1m|5m|15m|1h|1d)\\.v1");
  private static final Logger LOG = Logger.getLogger(BarSink.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final long LAG_EVERY_MS = 5_000;

  private final SinkSettings settings;
  private final BarRepository repository;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Counter rowsWritten;
  private final Counter batchesWritten;
  private final Counter writeFailures;
  private final Counter malformed;
  private final AtomicLong lag = new AtomicLong();
  private volatile boolean running = true;
  private volatile boolean healthy = true;
  private volatile String lastError;
  private long lagCheckedAt;
  private final Map<TopicPartition, Long> committed = new HashMap<>();

  public BarSink(SinkSettings settings, BarRepository repository, MeterRegistry registry) {
    this.settings = settings;
    this.repository = repository;
    this.consumer = new KafkaConsumer<>(consumerProperties(settings), new StringDeserializer(),
        new ByteArrayDeserializer());
    this.rowsWritten = registry.counter("peripheral.sink.bars.written");
    this.batchesWritten = registry.counter("peripheral.sink.batches.written");
    this.writeFailures = registry.counter("peripheral.sink.write.failures");
    this.malformed = registry.counter("peripheral.sink.bars.malformed");
    registry.gauge("peripheral.sink.lag", lag);
  }

  static Properties consumerProperties(SinkSettings s) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, s.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, s.groupId());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, s.maxPollRecords());
    p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 16 * 1024 * 1024);
    // new replay namespaces appear at runtime: refresh the pattern subscription quickly
    p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 2_000);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, s.groupId() + "-" + ProcessHandleHolder.PID);
    return p;
  }

  @Override
  public void run() {
    consumer.subscribe(settings.topics());
    long backoffMs = settings.backoffInitial().toMillis();
    long retryAt = 0;
    try {
      while (running) {
        if (retryAt > 0) {
          holdWhilePaused(retryAt);
          if (System.currentTimeMillis() < retryAt) {
            continue;
          }
          consumer.resume(consumer.assignment());
          retryAt = 0;
        }
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        if (records.isEmpty()) {
          whenIdle();
          continue;
        }
        SinkBatch batch = toBatch(records);
        try {
          if (!batch.isEmpty()) {
            repository.write(batch);
            rowsWritten.increment(batch.bars().size());
            batchesWritten.increment();
          }
          commit(nextOffsets(records));
          backoffMs = settings.backoffInitial().toMillis();
          healthy = true;
          lastError = null;
        } catch (java.sql.SQLException | RuntimeException e) {
          if (e instanceof WakeupException w) {
            throw w;
          }
          if (e instanceof org.apache.kafka.clients.consumer.CommitFailedException) {
            LOG.warnf("offset commit failed after a rebalance; the rows are written and will be re-upserted: %s",
                e.getMessage());
            continue;
          }
          writeFailures.increment();
          healthy = false;
          lastError = e.getMessage();
          LOG.warnf("bar sink write failed, retrying in %d ms: %s", backoffMs, e.getMessage());
          rewind(records);
          consumer.pause(consumer.assignment());
          retryAt = System.currentTimeMillis() + backoffMs;
          backoffMs = Math.min(backoffMs * 2, settings.backoffMax().toMillis());
        }
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    } finally {
      consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  /** Keeps group membership while paused; records of partitions assigned meanwhile are rewound and paused too. */
  private void holdWhilePaused(long retryAt) {
    long wait = Math.max(1, Math.min(POLL.toMillis(), retryAt - System.currentTimeMillis()));
    ConsumerRecords<String, byte[]> unexpected = consumer.poll(Duration.ofMillis(wait));
    if (!unexpected.isEmpty()) {
      rewind(unexpected);
    }
    consumer.pause(consumer.assignment());
  }

  private void rewind(ConsumerRecords<String, byte[]> records) {
    Set<TopicPartition> assigned = consumer.assignment();
    for (TopicPartition tp : records.partitions()) {
      if (assigned.contains(tp)) {
        consumer.seek(tp, records.records(tp).get(0).offset());
      }
    }
  }

  private SinkBatch toBatch(ConsumerRecords<String, byte[]> records) {
    SinkBatch batch = new SinkBatch();
    for (ConsumerRecord<String, byte[]> r : records) {
      if (r.value() == null) {
        if (ControlRecords.isEndOfStream(r.headers())) {
          Matcher m = BAR_TOPICS.matcher(r.topic());
          if (m.matches() && m.group(2) != null) {
            batch.add(new ReplayProgress(m.group(2), r.topic(), r.partition()));
          }
        }
        continue;
      }
      Bar bar;
      try {
        bar = BarJson.read(r.value());
      } catch (IllegalArgumentException e) {
        malformed.increment();
        LOG.warnf("skipping malformed bar at %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), e.getMessage());
        continue;
      }
      if (bar.isFinal()) {
        batch.add(bar);
      }
    }
    return batch;
  }

  private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition tp : records.partitions()) {
      var list = records.records(tp);
      offsets.put(tp, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
    }
    return offsets;
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    consumer.commitSync(offsets);
    offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
  }

  /**
   * Every few seconds without records: measure the lag, and commit positions that moved past transaction markers
   * only (everything before them is written: no batch is pending when a poll comes back empty).
   */
  private void whenIdle() {
    long now = System.currentTimeMillis();
    if (now - lagCheckedAt < LAG_EVERY_MS) {
      return;
    }
    lagCheckedAt = now;
    Set<TopicPartition> assigned = consumer.assignment();
    if (assigned.isEmpty()) {
      lag.set(0);
      return;
    }
    try {
      Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(2));
      Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
      long total = 0;
      for (TopicPartition tp : assigned) {
        long position = consumer.position(tp, Duration.ofSeconds(2));
        total += Math.max(0, ends.getOrDefault(tp, 0L) - position);
        Long last = committed.get(tp);
        if (last == null || position > last) {
          moved.put(tp, new OffsetAndMetadata(position));
        }
      }
      lag.set(total);
      if (!moved.isEmpty()) {
        commit(moved);
      }
    } catch (RuntimeException e) {
      LOG.debugf("could not measure lag or commit idle positions: %s", e.getMessage());
    }
  }

  /** False while the database refuses writes. */
  public boolean healthy() {
    return healthy;
  }

  public String lastError() {
    return lastError;
  }

  public long lag() {
    return lag.get();
  }

  public double rowsWritten() {
    return rowsWritten.count();
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
  }

  private static final class ProcessHandleHolder {
    static final long PID = ProcessHandle.current().pid();
  }
}
