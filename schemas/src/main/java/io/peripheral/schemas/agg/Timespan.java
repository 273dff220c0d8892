package io.peripheral.schemas.agg;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The window of a Polygon aggregate: second ({@code A} events), minute ({@code AM}, minute_aggs_v1), day. */
public enum Timespan {
  SECOND,
  MINUTE,
  DAY;

  /** The JSON code: {@code second}, {@code minute}, {@code day} (Polygon's own words). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Timespan> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }
}
