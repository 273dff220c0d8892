package io.peripheral.feed.polygon.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Duration SHORT = Duration.ofMillis(100);

  private static Backoff noJitter() {
    return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30), Duration.ofMinutes(1),
        0, () -> 0.5);
  }

  @Test
  void doublesUpToTheCap() {
    Backoff b = noJitter();
    assertThat(java.util.stream.IntStream.range(0, 7).mapToObj(i -> b.next(false, SHORT).toMillis()))
        .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L);
  }

  @Test
  void aStableSessionResetsTheAttempts() {
    Backoff b = noJitter();
    b.next(false, SHORT);
    b.next(false, SHORT);
    assertThat(b.next(false, Duration.ofMinutes(2)).toMillis()).isEqualTo(500);
  }

  @Test
  void maxConnectionsWaitsAtLeastTheFloorAndIsNotResetByTheNextShortSession() {
    Backoff b = noJitter();
    assertThat(b.next(true, SHORT).toMillis()).isEqualTo(30_000);
    // the reconnect authenticated (auth_success) but was evicted again within seconds: longer, not reset
    assertThat(b.next(true, Duration.ofSeconds(5)).toMillis()).isEqualTo(60_000);
    // a plain drop soon after still honours the eviction floor
    assertThat(b.next(false, Duration.ofSeconds(5)).toMillis()).isGreaterThanOrEqualTo(60_000);
    // only a session that stayed up resets it
    assertThat(b.next(false, Duration.ofMinutes(5)).toMillis()).isEqualTo(500);
  }

  @Test
  void jitterStaysWithinItsBand() {
    Backoff low = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO, Duration.ofMinutes(1), 0.2,
        () -> 0.0);
    Backoff high = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO, Duration.ofMinutes(1),
        0.2, () -> 0.999);
    assertThat(low.next(false, SHORT).toMillis()).isEqualTo(800);
    assertThat(high.next(false, SHORT).toMillis()).isBetween(1190L, 1200L);
  }
}
