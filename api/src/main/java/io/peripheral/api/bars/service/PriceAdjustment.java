package io.peripheral.api.bars.service;

/** How {@code GET /api/bars} adjusts stored (raw) prices: not at all, for splits, or for splits and dividends. */
public enum PriceAdjustment {
  RAW, SPLITS, SPLITS_AND_DIVIDENDS;

  public boolean adjusted() {
    return this != RAW;
  }

  public boolean dividends() {
    return this == SPLITS_AND_DIVIDENDS;
  }
}
