package io.peripheral.api.params;

import io.peripheral.api.error.BadParameterException;
import io.peripheral.schemas.bar.Interval;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * A point in time given as a query parameter, returned as epoch nanoseconds. Accepted forms:
 * <ul>
 *   <li>an ISO-8601 instant or offset date-time: {@code 2024-03-08T14:30:00Z}, {@code 2024-03-08T09:30:00-05:00}
 *       (fractions down to nanoseconds);</li>
 *   <li>an ISO-8601 date, {@code 2024-03-08}: the start of that day in America/New_York (the market day, as for
 *       1d bars);</li>
 *   <li>an integer epoch, its unit chosen by magnitude: below 10^11 seconds, below 10^14 milliseconds, below
 *       10^17 microseconds, else nanoseconds (so any instant from 1973 to 5138 reads right in every unit).</li>
 * </ul>
 */
public final class TimeParameter {
  public static final String FORMS = "an ISO-8601 instant (2024-03-08T14:30:00Z), an offset date-time "
      + "(2024-03-08T09:30:00-05:00), a date (2024-03-08, midnight America/New_York) or epoch seconds, "
      + "milliseconds, microseconds or nanoseconds (unit chosen by magnitude)";
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,30}");
  private static final BigInteger MIN_NS = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_NS = BigInteger.valueOf(Long.MAX_VALUE);
  private static final long SECONDS_BELOW = 100_000_000_000L;
  private static final long MILLIS_BELOW = 100_000_000_000_000L;
  private static final long MICROS_BELOW = 100_000_000_000_000_000L;

  private TimeParameter() {}

  /** Epoch ns of {@code value}; {@link BadParameterException} naming {@code parameter} when it is none of the forms. */
  public static long parse(String parameter, String value) {
    String v = value.strip();
    if (INTEGER.matcher(v).matches()) {
      return epoch(parameter, value, new BigInteger(v));
    }
    try {
      if (v.length() == 10) {
        return nanos(LocalDate.parse(v).atStartOfDay(Interval.MARKET_ZONE).toInstant());
      }
      return nanos(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeException | ArithmeticException e) {
      throw new BadParameterException(parameter, value, parameter + " '" + value + "' is not a time; use " + FORMS);
    }
  }

  /** The ISO-8601 form of epoch ns, exact to the nanosecond. */
  public static String iso(long epochNs) {
    return Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L))
        .toString();
  }

  private static long epoch(String parameter, String value, BigInteger n) {
    BigInteger abs = n.abs();
    BigInteger ns;
    if (abs.compareTo(BigInteger.valueOf(SECONDS_BELOW)) < 0) {
      ns = n.multiply(BigInteger.valueOf(1_000_000_000L));
    } else if (abs.compareTo(BigInteger.valueOf(MILLIS_BELOW)) < 0) {
      ns = n.multiply(BigInteger.valueOf(1_000_000L));
    } else if (abs.compareTo(BigInteger.valueOf(MICROS_BELOW)) < 0) {
      ns = n.multiply(BigInteger.valueOf(1_000L));
    } else {
      ns = n;
    }
    if (ns.compareTo(MIN_NS) < 0 || ns.compareTo(MAX_NS) > 0) {
      throw new BadParameterException(parameter, value, parameter + " '" + value + "' is out of range; use " + FORMS);
    }
    return ns.longValueExact();
  }

  private static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }
}
