package io.peripheral.feed.polygon.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReferenceRefreshTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T06:00:00Z"));
  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicBoolean failing = new AtomicBoolean();
  private final ReferenceRefresh refresh = new ReferenceRefresh(() -> {
    loads.incrementAndGet();
    if (failing.get()) {
      throw new IllegalStateException("Polygon unreachable");
    }
  }, now::get, Duration.ofDays(1));

  @Test
  void loadsAtFirstCheckThenOnlyOnceADayHasPassed() {
    assertThat(refresh.refreshIfStale()).isTrue();
    now.set(now.get().plus(Duration.ofHours(23)));
    assertThat(refresh.refreshIfStale()).isFalse();
    now.set(now.get().plus(Duration.ofHours(1)));
    assertThat(refresh.refreshIfStale()).isTrue();
    assertThat(loads).hasValue(2);
  }

  @Test
  void aFailedLoadIsRetriedAtTheNextCheckInsteadOfWaitingADay() {
    failing.set(true);
    assertThat(refresh.refreshIfStale()).isFalse();
    now.set(now.get().plus(Duration.ofHours(1)));
    failing.set(false);
    assertThat(refresh.refreshIfStale()).isTrue();
    assertThat(refresh.refreshIfStale()).isFalse();
    assertThat(loads).hasValue(2);
  }
}
