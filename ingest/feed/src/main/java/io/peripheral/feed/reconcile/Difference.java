package io.peripheral.feed.reconcile;

/** One field of one bar that differs: ours against Polygon's. */
public record Difference(String symbol, String interval, long start, Field field, double ours, double polygon) {}
