package io.peripheral.feed.polygon.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A cash dividend per share, going ex on {@code exDividendDate}. */
public record Dividend(String symbol, LocalDate exDividendDate, BigDecimal cashAmount) {
  public Dividend {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("dividend without a ticker");
    }
    Objects.requireNonNull(exDividendDate, "ex_dividend_date");
    if (cashAmount == null || cashAmount.signum() < 0) {
      throw new IllegalArgumentException("dividend " + symbol + " " + exDividendDate + ": cash_amount must be >= 0");
    }
  }
}
