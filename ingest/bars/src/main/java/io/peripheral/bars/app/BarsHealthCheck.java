package io.peripheral.bars.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP while the live KafkaStreams instance is created, rebalancing or running and the sink thread lives; the sink's
 * database state ("database": ok / retrying) is reported as data, since an outage is retried, not fatal.
 */
@Liveness
@Readiness
@ApplicationScoped
public class BarsHealthCheck implements HealthCheck {
  private final BarsService service;

  public BarsHealthCheck(BarsService service) {
    this.service = service;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("bars");
    boolean up = true;
    if (service.live().isPresent()) {
      var live = service.live().get();
      b.withData("live", live.state().name());
      up &= live.isHealthy();
    }
    service.replays().ifPresent(r -> {
      b.withData("replays.running", r.running().size());
      r.running().forEach((id, s) -> b.withData("replay." + id, s.state().name()));
    });
    if (service.sink().isPresent()) {
      var sink = service.sink().get();
      b.withData("sink.database", sink.healthy() ? "ok" : "retrying: " + sink.lastError());
      b.withData("sink.lag", sink.lag());
      up &= service.sinkThreadAlive();
    }
    return b.status(up).build();
  }
}
