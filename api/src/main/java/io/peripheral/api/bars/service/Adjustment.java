package io.peripheral.api.bars.service;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Back-adjusts raw bars for corporate actions at query time (stored bars stay raw). A bar is adjusted for every
 * event dated after the New York day it starts in: for a split of {@code from -> to} shares, prices times
 * {@code from/to} and volume times {@code to/from}; for a cash dividend, prices times {@code 1 - cash/prevClose},
 * prevClose being the raw close of the last bar before the ex date (the usual CRSP-style factor; volume is
 * unchanged). Each factor is the product over all later events, so the series is continuous across each event.
 */
public record Adjustment(List<SplitEvent> splits, List<DividendEvent> dividends) {
  /** {@code from} shares became {@code to} shares on {@code executionDate}. */
  public record SplitEvent(LocalDate executionDate, double from, double to) {
    public SplitEvent {
      if (!(from > 0) || !(to > 0)) {
        throw new IllegalArgumentException("split ratio must be positive: " + from + " -> " + to);
      }
    }
  }

  /** A cash dividend going ex on {@code exDate}; {@code prevClose} is the raw close before it. */
  public record DividendEvent(LocalDate exDate, double cash, double prevClose) {
    public DividendEvent {
      if (!(cash >= 0) || !(prevClose > 0)) {
        throw new IllegalArgumentException("dividend needs cash >= 0 and a positive previous close");
      }
    }

    /**
     * The price factor; 1 (ignored) when the dividend is not below the previous close, which only bad data
     * produces and which would otherwise zero or flip the sign of every earlier price.
     */
    double factor() {
      return cash < prevClose ? 1 - cash / prevClose : 1;
    }
  }

  public static final Adjustment NONE = new Adjustment(List.of(), List.of());

  public Adjustment {
    splits = List.copyOf(splits);
    dividends = List.copyOf(dividends);
  }

  public List<Bar> apply(List<Bar> bars) {
    return bars.stream().map(this::apply).toList();
  }

  public Bar apply(Bar bar) {
    LocalDate day = Instant.ofEpochSecond(Math.floorDiv(bar.start(), 1_000_000_000L))
        .atZone(Interval.MARKET_ZONE).toLocalDate();
    double price = 1;
    double volume = 1;
    for (SplitEvent s : splits) {
      if (day.isBefore(s.executionDate())) {
        price *= s.from() / s.to();
        volume *= s.to() / s.from();
      }
    }
    for (DividendEvent d : dividends) {
      if (day.isBefore(d.exDate())) {
        price *= d.factor();
      }
    }
    if (price == 1 && volume == 1) {
      return bar;
    }
    return new Bar(bar.symbol(), bar.interval(), bar.start(), bar.open() * price, bar.high() * price,
        bar.low() * price, bar.close() * price, bar.volume() * volume, bar.vwap() * price, bar.tradeCount(),
        bar.session(), bar.isFinal(), bar.source(), bar.revision(), bar.rulesVersion());
  }
}
