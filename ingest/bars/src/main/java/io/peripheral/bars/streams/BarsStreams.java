package io.peripheral.bars.streams;

import io.peripheral.bars.topology.BarsConfig;
import io.peripheral.bars.topology.BarsTopology;
import io.peripheral.schemas.topic.TopicCatalog;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/** One running KafkaStreams instance of the bar topology for one namespace (live or one replay). */
public final class BarsStreams implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(BarsStreams.class);

  private final String applicationId;
  private final TopicCatalog catalog;
  private final BarsMetrics metrics;
  private final KafkaStreams streams;

  public BarsStreams(String applicationId, TopicCatalog catalog, BarsConfig config, BarsMetrics metrics,
      StreamsSettings settings) {
    this.applicationId = applicationId;
    this.catalog = catalog;
    this.metrics = metrics;
    BarsConfig withMetrics = new BarsConfig(config.grace(), config.formingInterval(), config.rules(), metrics);
    this.streams = new KafkaStreams(BarsTopology.build(catalog, withMetrics), settings.properties(applicationId));
    streams.setUncaughtExceptionHandler(e -> {
      LOG.errorf(e, "bar topology %s failed; replacing the stream thread", applicationId);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
  }

  public BarsStreams start() {
    LOG.infof("starting bar topology %s on %s", applicationId, catalog.trades().name());
    streams.start();
    return this;
  }

  public String applicationId() {
    return applicationId;
  }

  public TopicCatalog catalog() {
    return catalog;
  }

  public BarsMetrics metrics() {
    return metrics;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  public boolean isHealthy() {
    KafkaStreams.State s = streams.state();
    return s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING || s == KafkaStreams.State.CREATED;
  }

  /** Stops and, when {@code cleanUp}, deletes the instance's local state. */
  public void close(boolean cleanUp) {
    streams.close(Duration.ofSeconds(30));
    if (cleanUp) {
      streams.cleanUp();
    }
  }

  @Override
  public void close() {
    close(false);
  }
}
