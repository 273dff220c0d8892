package io.peripheral.feed.serve;

import io.peripheral.feed.config.FeedConfig;
import io.quarkus.runtime.Quarkus;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;

/** {@code feed serve}: runs the configured live source (peripheral.feed.source, env FEED) until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the feed service with the configured source (FEED=synthetic|none|polygon) until stopped.")
public class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = Logger.getLogger(ServeCommand.class);
  private final FeedConfig config;
  private final SyntheticFeedService synthetic;
  private final PolygonFeedService polygon;

  @Inject
  public ServeCommand(FeedConfig config, SyntheticFeedService synthetic, PolygonFeedService polygon) {
    this.config = config;
    this.synthetic = synthetic;
    this.polygon = polygon;
  }

  @Override
  public Integer call() {
    switch (config.feed().source()) {
      case SYNTHETIC -> synthetic.start();
      case POLYGON -> polygon.start();
      case NONE -> LOG.info("feed source none: serving health and metrics only; run replays with feed.sh replay");
    }
    Quarkus.waitForExit();
    return 0;
  }
}
