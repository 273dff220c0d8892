package io.peripheral.feed.polygon.rest;

/** One result of {@code /v3/reference/exchanges}: the ids trades and quotes carry in {@code x}, {@code bx}, {@code ax}. */
public record Exchange(int id, String name, String mic, String type) {}
