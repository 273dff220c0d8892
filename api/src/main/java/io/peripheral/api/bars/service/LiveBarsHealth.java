package io.peripheral.api.bars.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Health of the live bars consumer: live while its thread polls, ready once it has partitions. */
public final class LiveBarsHealth {
  private LiveBarsHealth() {}

  @Liveness
  @ApplicationScoped
  public static class Alive implements HealthCheck {
    private final LiveBarConsumer consumer;

    public Alive(LiveBarConsumer consumer) {
      this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
      return HealthCheckResponse.named("live bars consumer").status(consumer.isLive())
          .withData("group", consumer.groupId()).build();
    }
  }

  @Readiness
  @ApplicationScoped
  public static class Ready implements HealthCheck {
    private final LiveBarConsumer consumer;

    public Ready(LiveBarConsumer consumer) {
      this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
      return HealthCheckResponse.named("live bars consumer assigned").status(consumer.isAssigned())
          .withData("group", consumer.groupId()).build();
    }
  }
}
