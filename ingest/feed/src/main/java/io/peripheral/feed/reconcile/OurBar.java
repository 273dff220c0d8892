package io.peripheral.feed.reconcile;

/** One of our final bars as stored in {@code bars}: what reconciliation compares, and where it came from. */
public record OurBar(long start, double open, double high, double low, double close, double volume, long tradeCount,
    String source, String rulesVersion) {}
