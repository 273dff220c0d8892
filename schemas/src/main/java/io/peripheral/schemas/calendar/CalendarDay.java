package io.peripheral.schemas.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A row of the {@code market_calendar} table (Polygon's {@code /v1/marketstatus/upcoming}, folded over NYSE and
 * Nasdaq): a US-equity trading day that differs from the regular session; times are New York local.
 */
public record CalendarDay(LocalDate day, Status status, LocalTime open, LocalTime close, String name) {
  public enum Status {
    OPEN("open"), CLOSED("closed"), EARLY_CLOSE("early-close");

    private final String wire;

    Status(String wire) {
      this.wire = wire;
    }

    /** The value Polygon sends and the market_calendar table stores. */
    public String wire() {
      return wire;
    }

    public static Status parse(String s) {
      for (Status v : values()) {
        if (v.wire.equalsIgnoreCase(s)) {
          return v;
        }
      }
      throw new IllegalArgumentException("unknown market status '" + s + "'");
    }
  }

  public CalendarDay {
    Objects.requireNonNull(day, "date");
    Objects.requireNonNull(status, "status");
    if (status == Status.EARLY_CLOSE && close == null) {
      throw new IllegalArgumentException("early close on " + day + " without a close time");
    }
  }
}
