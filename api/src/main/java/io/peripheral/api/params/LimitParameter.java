package io.peripheral.api.params;

import io.peripheral.api.error.BadParameterException;

/** The {@code limit} query parameter: an integer from 1 to a maximum, a default when absent. */
public final class LimitParameter {
  private LimitParameter() {}

  public static int parse(String value, int defaultLimit, int max) {
    if (value == null || value.isBlank()) {
      return defaultLimit;
    }
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadParameterException("limit", value, "limit must be an integer from 1 to " + max);
    }
    if (n < 1 || n > max) {
      throw new BadParameterException("limit", value, "limit must be an integer from 1 to " + max);
    }
    return n;
  }
}
