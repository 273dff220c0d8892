package io.peripheral.feed.serve;

import io.peripheral.feed.polygon.live.LiveMetrics;
import io.peripheral.feed.polygon.live.PolygonLiveFeed;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The Polygon part of /q/health: state, lag (ms of event time behind the wall clock; Polygon cuts off consumers
 * that fall behind), queue, gaps and their backfill. Down only when the feed cannot work (auth_failed, no key,
 * processing failed); a reconnect in progress is still "up" (it heals by itself) but shows its state.
 */
final class PolygonHealth {
  private PolygonHealth() {}

  static HealthCheckResponseBuilder describe(PolygonFeedService service, HealthCheckResponseBuilder r) {
    PolygonLiveFeed feed = service.feed();
    String failure = service.failure();
    if (feed == null) {
      if (failure == null && service.starting()) {
        return r.withData("state", "starting").down();
      }
      return r.withData("state", "not started").withData("error", failure == null ? "not started" : failure).down();
    }
    LiveMetrics m = feed.metrics();
    PolygonLiveFeed.State state = feed.state();
    r.withData("state", state.name().toLowerCase(java.util.Locale.ROOT)).withData("lagMillis", m.lagMillis())
        .withData("queued", feed.queue().size()).withData("framesDropped", feed.queue().dropped())
        .withData("trades", (long) m.trades()).withData("gaps", (long) m.gaps())
        .withData("gapsUnfilled", (long) m.gapsUnfilled()).withData("backfilled", (long) m.backfilled())
        .withData("reconnects", (long) m.reconnects()).withData("subscriptions", String.join(",",
            feed.subscriptions()));
    if (!feed.recentGaps().isEmpty()) {
      r.withData("lastGap", feed.recentGaps().get(feed.recentGaps().size() - 1).toString());
    }
    if (feed.lastDisconnect() != null) {
      r.withData("lastDisconnect", feed.lastDisconnect());
    }
    if (failure != null) {
      r.withData("error", failure);
    }
    return state == PolygonLiveFeed.State.FAILED ? r.down() : r.up();
  }
}
