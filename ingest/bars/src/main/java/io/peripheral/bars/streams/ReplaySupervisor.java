package io.peripheral.bars.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.bars.topology.BarsConfig;
import io.peripheral.schemas.topic.TopicCatalog;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Discovers replay namespaces (a {@code replay.<id>.trades.v1} topic) and runs one bar topology per replay with
 * its own application id ({@code <prefix><id>}) and state directory. A replay's instance is stopped, and its local
 * state and internal topics are deleted (its consumer group stays, so a restart sees it is done), once every trades partition has delivered its
 * end-of-stream marker and the topology has been idle for {@code idleAfterEnd}, or after {@code abandonAfter}
 * without any activity (e.g. a replay that had already finished before a restart).
 */
public final class ReplaySupervisor implements AutoCloseable {
  public static final Pattern REPLAY_TRADES = Pattern.compile("replay\\.([A-Za-z0-9_-]{1,64})\\.trades\\.v1");
  private static final Logger LOG = Logger.getLogger(ReplaySupervisor.class);

  /** How the supervisor runs replays. */
  public record Settings(String applicationIdPrefix, Pattern include, Duration pollInterval, Duration idleAfterEnd,
      Duration abandonAfter) {}

  private final Settings settings;
  private final BarsConfig config;
  private final StreamsSettings streamsSettings;
  private final MeterRegistry registry;
  private final Admin admin;
  private final Map<String, BarsStreams> running = new ConcurrentHashMap<>();
  private final Set<String> finished = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "bars-replay-supervisor");
    t.setDaemon(true);
    return t;
  });

  public ReplaySupervisor(Settings settings, BarsConfig config, StreamsSettings streamsSettings,
      MeterRegistry registry) {
    this.settings = settings;
    this.config = config;
    this.streamsSettings = streamsSettings;
    this.registry = registry;
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, streamsSettings.bootstrapServers());
    this.admin = Admin.create(p);
  }

  public ReplaySupervisor start() {
    long period = settings.pollInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::tick, 0, period, TimeUnit.MILLISECONDS);
    return this;
  }

  /** One discovery and supervision round; public for tests. */
  public void tick() {
    try {
      Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      Set<String> present = new HashSet<>();
      for (String topic : topics) {
        Matcher m = REPLAY_TRADES.matcher(topic);
        if (m.matches() && settings.include().matcher(m.group(1)).matches()) {
          present.add(m.group(1));
        }
      }
      for (String id : present) {
        if (!running.containsKey(id) && !finished.contains(id) && allTopicsExist(topics, id)) {
          if (alreadyConsumed(id)) {
            finished.add(id);
          } else {
            startReplay(id);
          }
        }
      }
      for (Map.Entry<String, BarsStreams> e : List.copyOf(running.entrySet())) {
        if (!present.contains(e.getKey())) {
          stopReplay(e.getKey(), "its topics were deleted");
        } else if (isDone(e.getValue())) {
          stopReplay(e.getKey(), "it reached end-of-stream on every partition and went idle");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warnf("replay discovery failed: %s", e.toString());
    } catch (Throwable t) { // an error escaping here would silently cancel every later discovery round
      LOG.errorf(t, "replay discovery failed");
    }
  }

  /** True when the replay's group has committed offsets at the end of every trades partition (done before). */
  private boolean alreadyConsumed(String id) throws Exception {
    String appId = settings.applicationIdPrefix() + id;
    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(appId)
        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
    String topic = TopicCatalog.replay(id).trades().name();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int p = 0; p < TopicCatalog.TRADE_PARTITIONS; p++) {
      latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
    }
    var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
    for (var e : ends.entrySet()) {
      OffsetAndMetadata c = committed.get(e.getKey());
      if (c == null || c.offset() < e.getValue().offset()) {
        return false;
      }
    }
    return true;
  }

  private static boolean allTopicsExist(Set<String> topics, String id) {
    return TopicCatalog.replay(id).all().stream().allMatch(t -> topics.contains(t.name()));
  }

  private boolean isDone(BarsStreams s) {
    long idle = System.currentTimeMillis() - s.metrics().lastActivityMs();
    boolean ended = s.metrics().endedPartitions().size() >= s.catalog().trades().partitions();
    return (ended && idle >= settings.idleAfterEnd().toMillis()) || idle >= settings.abandonAfter().toMillis();
  }

  private void startReplay(String id) {
    String appId = settings.applicationIdPrefix() + id;
    BarsStreams s = new BarsStreams(appId, TopicCatalog.replay(id), config, new BarsMetrics(registry, "replay"),
        streamsSettings);
    running.put(id, s);
    s.start();
  }

  private void stopReplay(String id, String why) {
    BarsStreams s = running.remove(id);
    finished.add(id);
    LOG.infof("stopping replay %s bar topology because %s", id, why);
    s.close(true);
    String appId = s.applicationId();
    try {
      Set<String> internal = new HashSet<>();
      for (String t : admin.listTopics().names().get(10, TimeUnit.SECONDS)) {
        if (t.startsWith(appId + "-")) {
          internal.add(t);
        }
      }
      // the consumer group stays: its offsets tell a restarted service that this replay is done
      admin.deleteTopics(internal).all().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.debugf("could not delete internal topics of %s: %s", appId, e.toString());
    }
  }

  public Map<String, BarsStreams> running() {
    return Map.copyOf(running);
  }

  public Set<String> finished() {
    return Set.copyOf(finished);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    running.values().forEach(BarsStreams::close);
    running.clear();
    admin.close(Duration.ofSeconds(5));
  }
}
