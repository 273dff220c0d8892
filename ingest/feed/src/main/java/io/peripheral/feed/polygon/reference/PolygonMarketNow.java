package io.peripheral.feed.polygon.reference;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Polygon's {@code /v1/marketstatus/now}: its own view of the market at {@code serverTime}.
 *
 * @param market {@code open}, {@code closed} or {@code extended-hours}
 * @param exchanges per venue ({@code nyse}, {@code nasdaq}, {@code otc}): {@code open}, {@code closed},
 *     {@code extended-hours}
 */
public record PolygonMarketNow(String market, boolean earlyHours, boolean afterHours, Instant serverTime,
    Map<String, String> exchanges) {
  public PolygonMarketNow {
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(serverTime, "serverTime");
    exchanges = Map.copyOf(exchanges);
  }
}
