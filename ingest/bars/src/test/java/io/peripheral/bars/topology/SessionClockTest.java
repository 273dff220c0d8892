package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionClockTest {
  private static final long NS = 1_000_000_000L;

  @Test
  void agreesWithSessionOfAcrossDaysAndDaylightSavingSwitches() {
    SessionClock clock = new SessionClock();
    Random random = new Random(5);
    long[] anchors = {Instant.parse("2024-03-10T00:00:00Z").getEpochSecond(),
        Instant.parse("2024-11-03T00:00:00Z").getEpochSecond(), Instant.parse("2024-01-02T00:00:00Z").getEpochSecond()};
    Interval[] intervals = Interval.values();
    for (long anchor : anchors) {
      long t = (anchor - 86_400) * NS;
      for (int i = 0; i < 20_000; i++) {
        t += random.nextInt(20) * NS + (random.nextInt(10) == 0 ? random.nextInt(1_000_000_000) : 0);
        long probe = random.nextInt(20) == 0 ? t - random.nextInt(3 * 86_400) * NS : t; // sometimes jump back
        Interval interval = intervals[random.nextInt(intervals.length)];
        long start = interval.windowStart(probe);
        assertThat(clock.of(interval, start)).as("%s at %s", interval, start).isEqualTo(Session.of(interval, start));
      }
    }
  }

  @Test
  void sessionBoundariesAreNineThirtyAndFourPmNewYorkTime() {
    SessionClock clock = new SessionClock();
    long open = Instant.parse("2024-07-01T13:30:00Z").getEpochSecond() * NS;
    long close = Instant.parse("2024-07-01T20:00:00Z").getEpochSecond() * NS;
    assertThat(clock.of(Interval.S1, open - NS)).isEqualTo(Session.PRE);
    assertThat(clock.of(Interval.S1, open)).isEqualTo(Session.REGULAR);
    assertThat(clock.of(Interval.S1, close - NS)).isEqualTo(Session.REGULAR);
    assertThat(clock.of(Interval.S1, close)).isEqualTo(Session.POST);
    assertThat(clock.of(Interval.D1, open)).isNull();
  }
}
