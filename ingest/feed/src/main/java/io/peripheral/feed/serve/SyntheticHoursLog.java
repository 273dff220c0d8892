package io.peripheral.feed.serve;

import io.peripheral.feed.synthetic.SyntheticHours;
import io.peripheral.feed.synthetic.TradingSchedule;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Tells, once per change, what the live synthetic feed is doing and why: trading in a period of the market's day,
 * or idle because the market is closed, and until when. Someone running {@code make run} on a Sunday should read
 * why nothing moves and how to make it move.
 */
final class SyntheticHoursLog {
  private static final Logger LOG = Logger.getLogger(SyntheticFeedService.class);
  private static final long SLACK_NANOS = 1_000_000_000L;
  private final TradingSchedule schedule;
  private final SyntheticHours hours;
  private final double rate;
  private TradingSchedule.Period announced;
  private TradingSchedule.Period awaited;
  private volatile String state = "starting";

  SyntheticHoursLog(TradingSchedule schedule, SyntheticHours hours, double rate) {
    this.schedule = schedule;
    this.hours = hours;
    this.rate = rate;
  }

  /** Called before each trade with the period it falls in and the wall clock (epoch ns). */
  void observe(TradingSchedule.Period next, long wallNanos) {
    if (next == announced || next == awaited && next.startNanos() > wallNanos + SLACK_NANOS) {
      return;
    }
    if (hours == SyntheticHours.ALWAYS) {
      announce(next, "SYNTHETIC_HOURS=always: streaming around the clock, whatever the market calendar says");
    } else if (next.startNanos() > wallNanos + SLACK_NANOS) {
      awaited = next;
      String closed = schedule.periodAt(wallNanos).label();
      state = closed + " until " + time(next.startNanos());
      LOG.infof("%s — synthetic feed idle until %s (%s); SYNTHETIC_HOURS=always streams anyway", closed,
          time(next.startNanos()), next.label());
    } else {
      announce(next, String.format("%s — synthetic feed at %.0f ticks/s until %s", next.label(),
          rate * next.activity(), time(next.endNanos())));
    }
  }

  /** What the feed is doing now, for the health check. */
  String state() {
    return state;
  }

  private void announce(TradingSchedule.Period p, String message) {
    announced = p;
    state = message;
    LOG.info(message);
  }

  static String time(long epochNanos) {
    if (epochNanos == Long.MAX_VALUE) {
      return "forever";
    }
    return OffsetDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L)),
        TradingSchedule.NEW_YORK).toString();
  }
}
