package io.peripheral.api.bars.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code GET /api/bars/{symbol}}: one page of final bars in time order. */
public record BarPageView(
    String symbol,
    String interval,
    @Schema(description = "start of the range, inclusive, ISO-8601; null when unbounded") String from,
    @Schema(description = "end of the range, exclusive, ISO-8601; null when unbounded") String to,
    int limit,
    @Schema(description = "true when prices (and, for splits, volumes) are back-adjusted; stored bars stay raw")
    boolean adjusted,
    @Schema(description = "true when dividends are part of the adjustment (adjusted=true&dividends=true)")
    boolean dividends,
    List<BarView> bars,
    @Schema(description = "start of the first bar not on this page (pass it as from); null on the last page")
    String next,
    @JsonProperty("next_url") @Schema(description = "the URL of the next page; null on the last page") String nextUrl) {

  public BarPageView {
    bars = List.copyOf(bars);
  }
}
