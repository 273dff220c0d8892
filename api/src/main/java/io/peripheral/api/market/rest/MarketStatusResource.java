package io.peripheral.api.market.rest;

import io.peripheral.api.error.ApiError;
import io.peripheral.api.market.service.MarketStatusService;
import io.peripheral.api.params.TimeParameter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Whether the US-equity market is open, from the market calendar. */
@Path("/api/market/status")
@Produces(MediaType.APPLICATION_JSON)
public class MarketStatusResource {
  private final MarketStatusService service;

  public MarketStatusResource(MarketStatusService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "getMarketStatus", summary = "The market's phase, day, session and next open",
      description = "From the market_calendar table (Polygon's holidays and early closes) over the built-in NYSE "
          + "rules. Without at (or with an empty one) it answers for now. Regular session 09:30-16:00 New York (13:00 on early-close days), pre-market from 04:00, "
          + "after-hours four hours past the close.")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MarketStatusView.class)))
  @APIResponse(responseCode = "400", description = "at is not a time",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "503", description = "the database is unreachable",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Uni<MarketStatusView> status(
      @Parameter(description = "the instant to evaluate (default now): ISO-8601 instant or offset date-time, a date "
          + "(midnight New York) or an epoch") @QueryParam("at") String at) {
    Instant t = at == null || at.isBlank() ? Instant.now() : instant(TimeParameter.parse("at", at));
    return service.statusAt(t).map(MarketStatusView::of);
  }

  private static Instant instant(long epochNanos) {
    return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
  }
}
