package io.peripheral.api.bars.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.peripheral.api.params.TimeParameter;
import io.peripheral.schemas.bar.Bar;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bar as served over REST and WebSocket: the field names of the bar topics' JSON ({@code BarJson}) plus
 * {@code time}, the ISO-8601 form of {@code start}. {@code start} is epoch nanoseconds, beyond JavaScript's exact
 * integers: browsers should read {@code time}.
 */
@JsonPropertyOrder({"symbol", "interval", "start", "time", "open", "high", "low", "close", "volume", "vwap",
    "trade_count", "session", "final", "source", "revision", "rules_version"})
public record BarView(
    String symbol,
    String interval,
    @Schema(description = "window start, epoch nanoseconds UTC") long start,
    @Schema(description = "window start, ISO-8601 UTC") String time,
    double open,
    double high,
    double low,
    double close,
    double volume,
    Double vwap,
    @JsonProperty("trade_count") long tradeCount,
    @Schema(description = "pre, regular or post; null for 1d bars") String session,
    @JsonProperty("final") boolean isFinal,
    String source,
    int revision,
    @JsonProperty("rules_version") String rulesVersion) {

  public static BarView of(Bar bar) {
    return new BarView(bar.symbol(), bar.interval().code(), bar.start(), TimeParameter.iso(bar.start()), bar.open(),
        bar.high(), bar.low(), bar.close(), bar.volume(), Double.isNaN(bar.vwap()) ? null : bar.vwap(),
        bar.tradeCount(), bar.session() == null ? null : bar.session().name().toLowerCase(Locale.ROOT),
        bar.isFinal(), bar.source().code(), bar.revision(), bar.rulesVersion());
  }
}
