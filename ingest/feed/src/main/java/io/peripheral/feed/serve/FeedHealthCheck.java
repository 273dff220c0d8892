package io.peripheral.feed.serve;

import io.peripheral.feed.config.FeedConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** /q/health: the configured source and, for the synthetic feed, whether it runs and how much it produced. */
@Readiness
@ApplicationScoped
public class FeedHealthCheck implements HealthCheck {
  private final FeedConfig config;
  private final SyntheticFeedService synthetic;

  public FeedHealthCheck(FeedConfig config, SyntheticFeedService synthetic) {
    this.config = config;
    this.synthetic = synthetic;
  }

  @Override
  public HealthCheckResponse call() {
    FeedConfig.Feed.Source source = config.feed().source();
    HealthCheckResponseBuilder r = HealthCheckResponse.named("feed")
        .withData("source", source.name().toLowerCase(java.util.Locale.ROOT));
    if (source != FeedConfig.Feed.Source.SYNTHETIC) {
      return r.up().build();
    }
    SyntheticFeedService.State state = synthetic.state();
    r.withData("state", state.name().toLowerCase(java.util.Locale.ROOT)).withData("ticks", synthetic.produced());
    if (synthetic.failure() != null) {
      r.withData("error", synthetic.failure());
    }
    return (state == SyntheticFeedService.State.FAILED ? r.down() : r.up()).build();
  }
}
