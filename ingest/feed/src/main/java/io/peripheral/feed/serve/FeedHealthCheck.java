package io.peripheral.feed.serve;

import io.peripheral.feed.config.FeedConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** /q/health: the configured source; for Polygon its connection, lag and gaps ({@link PolygonHealth}); for the synthetic feed whether it runs and how much it produced. */
@Readiness
@ApplicationScoped
public class FeedHealthCheck implements HealthCheck {
  private final FeedConfig config;
  private final SyntheticFeedService synthetic;
  private final PolygonFeedService polygon;

  public FeedHealthCheck(FeedConfig config, SyntheticFeedService synthetic, PolygonFeedService polygon) {
    this.config = config;
    this.synthetic = synthetic;
    this.polygon = polygon;
  }

  @Override
  public HealthCheckResponse call() {
    FeedConfig.Feed.Source source = config.feed().source();
    HealthCheckResponseBuilder r = HealthCheckResponse.named("feed")
        .withData("source", source.name().toLowerCase(java.util.Locale.ROOT));
    if (source == FeedConfig.Feed.Source.POLYGON) {
      return PolygonHealth.describe(polygon, r).build();
    }
    if (source != FeedConfig.Feed.Source.SYNTHETIC) {
      return r.up().build();
    }
    SyntheticFeedService.State state = synthetic.state();
    r.withData("state", state.name().toLowerCase(java.util.Locale.ROOT)).withData("ticks", synthetic.produced());
    if (synthetic.hoursState() != null) {
      r.withData("hours", synthetic.hoursState());
    }
    if (synthetic.failure() != null) {
      r.withData("error", synthetic.failure());
    }
    return (state == SyntheticFeedService.State.FAILED ? r.down() : r.up()).build();
  }
}
