package io.peripheral.schemas.bar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * A bar interval. Intraday intervals are tumbling windows aligned to UTC epoch multiples; {@link #D1} is the
 * America/New_York calendar day, so its length is 23, 24 or 25 hours around the DST switches.
 */
public enum Interval {
  S1("1s", Duration.ofSeconds(1)),
  M1("1m", Duration.ofMinutes(1)),
  M5("5m", Duration.ofMinutes(5)),
  M15("15m", Duration.ofMinutes(15)),
  H1("1h", Duration.ofHours(1)),
  D1("1d", Duration.ofDays(1));

  public static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final String code;
  private final long nanos;

  Interval(String code, Duration nominal) {
    this.code = code;
    this.nanos = nominal.toNanos();
  }

  /** The short code used in topic names, URLs and JSON: {@code 1s 1m 5m 15m 1h 1d}. */
  public String code() {
    return code;
  }

  /** Nominal length; for {@link #D1} the actual day may differ (DST), see {@link #windowEnd}. */
  public long nominalNanos() {
    return nanos;
  }

  public boolean isIntraday() {
    return this != D1;
  }

  /** Start (epoch ns, UTC) of the window that contains {@code timestampNs}. */
  public long windowStart(long timestampNs) {
    if (this == D1) {
      LocalDate day = Instant.ofEpochSecond(Math.floorDiv(timestampNs, NANOS_PER_SECOND)).atZone(MARKET_ZONE).toLocalDate();
      return day.atStartOfDay(MARKET_ZONE).toEpochSecond() * NANOS_PER_SECOND;
    }
    return Math.floorDiv(timestampNs, nanos) * nanos;
  }

  /** End (exclusive, epoch ns) of the window that starts at {@code windowStartNs}. */
  public long windowEnd(long windowStartNs) {
    if (this == D1) {
      LocalDate day = Instant.ofEpochSecond(Math.floorDiv(windowStartNs, NANOS_PER_SECOND)).atZone(MARKET_ZONE).toLocalDate();
      return day.plusDays(1).atStartOfDay(MARKET_ZONE).toEpochSecond() * NANOS_PER_SECOND;
    }
    return windowStartNs + nanos;
  }

  public static Optional<Interval> fromCode(String code) {
    return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
  }

  /** Like {@link #fromCode} but fails with a message that lists the valid codes. */
  public static Interval parse(String code) {
    return fromCode(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown interval '" + code + "'; valid intervals: " + codes()));
  }

  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(Interval::code).toList());
  }
}
