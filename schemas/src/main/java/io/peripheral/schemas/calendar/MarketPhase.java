package io.peripheral.schemas.calendar;

/** Where the US-equity market is in its day. */
public enum MarketPhase {
  PRE_MARKET("pre-market"), REGULAR("open"), AFTER_HOURS("after-hours"), CLOSED("closed");

  private final String wire;

  MarketPhase(String wire) {
    this.wire = wire;
  }

  /** The name the API uses: {@code open}, {@code closed}, {@code pre-market}, {@code after-hours}. */
  public String wire() {
    return wire;
  }

  /** Pre-market or after-hours. */
  public boolean isExtended() {
    return this == PRE_MARKET || this == AFTER_HOURS;
  }
}
