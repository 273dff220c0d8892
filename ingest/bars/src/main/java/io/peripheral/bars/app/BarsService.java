package io.peripheral.bars.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.bars.config.BarsServiceConfig;
import io.peripheral.bars.sink.BarRepository;
import io.peripheral.bars.sink.BarSink;
import io.peripheral.bars.sink.SinkSettings;
import io.peripheral.bars.streams.BarsMetrics;
import io.peripheral.bars.streams.BarsStreams;
import io.peripheral.bars.streams.ReplaySupervisor;
import io.peripheral.bars.streams.StreamsSettings;
import io.peripheral.bars.topology.BarsConfig;
import io.peripheral.bars.topology.ConditionRules;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** Starts the live topology, the replay supervisor and the database sink, and stops them in reverse order. */
@ApplicationScoped
public class BarsService {
  private static final Logger LOG = Logger.getLogger(BarsService.class);

  private final BarsServiceConfig config;
  private final DataSource dataSource;
  private final MeterRegistry registry;
  private BarsStreams live;
  private ReplaySupervisor replays;
  private BarSink sink;
  private Thread sinkThread;

  public BarsService(BarsServiceConfig config, DataSource dataSource, MeterRegistry registry) {
    this.config = config;
    this.dataSource = dataSource;
    this.registry = registry;
  }

  void onStart(@Observes StartupEvent event) {
    String bootstrap = config.kafka().bootstrapServers();
    BarsServiceConfig.Bars bars = config.bars();
    StreamsSettings streams = new StreamsSettings(bootstrap, Path.of(bars.stateDir()), bars.threads(),
        bars.commitInterval());
    ConditionRules rules = bars.rulesFile().map(f -> ConditionRules.load(Path.of(f)))
        .orElseGet(ConditionRules::builtin);
    LOG.infof("condition rules %s (%d conditions)", rules.version(), rules.masks().size());
    if (bars.enabled()) {
      TopicCatalog catalog = TopicCatalog.live();
      TopicAdmin.ensureTopics(bootstrap, catalog);
      BarsConfig liveConfig = BarsConfig.builder().withGrace(bars.grace())
          .withFormingInterval(bars.formingInterval()).withRules(rules).build();
      live = new BarsStreams(bars.applicationId(), catalog, liveConfig, new BarsMetrics(registry, "live"), streams)
          .start();
    }
    if (config.replays().enabled()) {
      BarsServiceConfig.Replays r = config.replays();
      BarsConfig replayConfig = BarsConfig.builder().withGrace(r.grace()).withFormingInterval(r.formingInterval())
          .withRules(rules).build();
      replays = new ReplaySupervisor(new ReplaySupervisor.Settings(r.applicationIdPrefix(),
          java.util.regex.Pattern.compile(r.include()), r.pollInterval(),
          r.idleAfterEnd(), r.abandonAfter()), replayConfig,
          new StreamsSettings(bootstrap, Path.of(bars.stateDir()), r.threads(), r.commitInterval()), registry).start();
    }
    if (config.sink().enabled()) {
      BarsServiceConfig.Sink s = config.sink();
      sink = new BarSink(new SinkSettings(bootstrap, s.groupId(), BarSink.BAR_TOPICS, s.maxPollRecords(), s.backoffInitial(),
          s.backoffMax()), new BarRepository(dataSource), registry);
      sinkThread = new Thread(sink, "bar-sink");
      sinkThread.setUncaughtExceptionHandler((t, e) -> LOG.error("bar sink stopped", e));
      sinkThread.start();
    }
    LOG.infof("bars service started (live=%s, replays=%s, sink=%s)", bars.enabled(), config.replays().enabled(),
        config.sink().enabled());
  }

  void onStop(@Observes ShutdownEvent event) {
    if (sink != null) {
      sink.close();
      try {
        sinkThread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (replays != null) {
      replays.close();
    }
    if (live != null) {
      live.close();
    }
  }

  public Optional<BarsStreams> live() {
    return Optional.ofNullable(live);
  }

  public Optional<ReplaySupervisor> replays() {
    return Optional.ofNullable(replays);
  }

  public Optional<BarSink> sink() {
    return Optional.ofNullable(sink);
  }

  public boolean sinkThreadAlive() {
    return sinkThread != null && sinkThread.isAlive();
  }
}
