package io.peripheral.schemas.agg;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a Polygon aggregate came from. */
public enum AggSource {
  /** The WebSocket {@code A} / {@code AM} events. */
  WEBSOCKET,
  /** REST {@code /v2/aggs}. */
  REST,
  /** The flat files {@code minute_aggs_v1} / {@code day_aggs_v1}. */
  FLAT_FILE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AggSource> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
  }
}
