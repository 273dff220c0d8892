package io.peripheral.feed.polygon.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A split of {@code splitFrom} shares into {@code splitTo} (2-for-1: from 1, to 2) on {@code executionDate}. */
public record Split(String symbol, LocalDate executionDate, BigDecimal splitFrom, BigDecimal splitTo) {
  public Split {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("split without a ticker");
    }
    Objects.requireNonNull(executionDate, "execution_date");
    if (splitFrom == null || splitFrom.signum() <= 0 || splitTo == null || splitTo.signum() <= 0) {
      throw new IllegalArgumentException("split " + symbol + " " + executionDate + ": split_from and split_to must be > 0");
    }
  }
}
