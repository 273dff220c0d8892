package io.peripheral.feed.synthetic;

import java.util.Locale;

/** When the live synthetic feed trades ({@code SYNTHETIC_HOURS}). */
public enum SyntheticHours {
  /** Only when the US market does: pre-market, the regular session, after-hours; idle nights, weekends, holidays. */
  MARKET,
  /** Around the clock, every day, as if the market never closed (for demos at night or on a holiday). */
  ALWAYS;

  /** {@code market} or {@code always} (case-insensitive). */
  public static SyntheticHours parse(String s) {
    for (SyntheticHours h : values()) {
      if (h.name().equalsIgnoreCase(s == null ? "" : s.trim())) {
        return h;
      }
    }
    throw new IllegalArgumentException("SYNTHETIC_HOURS (peripheral.feed.hours) must be market or always, was '"
        + s + "'");
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
