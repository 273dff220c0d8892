package io.peripheral.api.bars.rest;

import io.peripheral.api.bars.service.BarPage;
import io.peripheral.api.bars.service.BarQuery;
import io.peripheral.api.bars.service.BarService;
import io.peripheral.api.bars.service.PriceAdjustment;
import io.peripheral.api.config.PeripheralConfig;
import io.peripheral.api.error.ApiError;
import io.peripheral.api.error.BadParameterException;
import io.peripheral.api.params.LimitParameter;
import io.peripheral.api.params.SymbolParameter;
import io.peripheral.api.params.TimeParameter;
import io.peripheral.schemas.bar.Interval;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/bars")
@Produces(MediaType.APPLICATION_JSON)
public class BarsResource {
  private final BarService service;
  private final PeripheralConfig.Bars config;

  public BarsResource(BarService service, PeripheralConfig config) {
    this.service = service;
    this.config = config.bars();
  }

  @GET
  @Path("/{symbol}")
  @Operation(operationId = "getBars", summary = "Final bars of one symbol in [from, to), oldest first, paged",
      description = "Times are ISO-8601 instants or offset date-times, dates (midnight America/New_York) or epoch "
          + "seconds/ms/µs/ns chosen by magnitude (<1e11 s, <1e14 ms, <1e17 µs, else ns). When more bars follow, "
          + "`next` holds the start of the next one and `next_url` (also the Link rel=next header) the next page. "
          + "adjusted=true back-adjusts bars before each split's execution date (prices x from/to, volume x to/from) "
          + "and, with dividends=true, before each ex-dividend date (prices x (1 - cash / previous close)).")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BarPageView.class)))
  @APIResponse(responseCode = "400", description = "bad interval, time, range, limit, adjusted or dividends",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "unknown symbol",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Uni<Response> bars(
      @PathParam("symbol") String symbol,
      @Parameter(description = "1s, 1m, 5m, 15m, 1h or 1d (default 1m)") @QueryParam("interval") String interval,
      @Parameter(description = "start, inclusive (default: unbounded)") @QueryParam("from") String from,
      @Parameter(description = "end, exclusive (default: unbounded)") @QueryParam("to") String to,
      @Parameter(description = "page size, 1 to 10000 (default 1000)") @QueryParam("limit") String limit,
      @Parameter(description = "true: back-adjust prices and volumes for splits at query time (default false)")
      @QueryParam("adjusted") String adjusted,
      @Parameter(description = "true (with adjusted=true): adjust prices for cash dividends too (default false)")
      @QueryParam("dividends") String dividends,
      @Context UriInfo uri) {
    BarQuery query = query(symbol, interval, from, to, limit, adjustment(adjusted, dividends));
    return service.page(query).map(page -> respond(page, uri));
  }

  private BarQuery query(String symbol, String interval, String from, String to, String limit,
      PriceAdjustment adjustment) {
    String sym = SymbolParameter.parse("symbol", symbol);
    Interval iv = parseInterval(interval);
    long fromNs = from == null || from.isBlank() ? BarQuery.UNBOUNDED_FROM : TimeParameter.parse("from", from);
    long toNs = to == null || to.isBlank() ? BarQuery.UNBOUNDED_TO : TimeParameter.parse("to", to);
    if (fromNs >= toNs) {
      throw new BadParameterException("from", from, "from (" + TimeParameter.iso(fromNs) + ") must be before to ("
          + TimeParameter.iso(toNs) + "): from is inclusive, to exclusive");
    }
    int n = LimitParameter.parse(limit, config.defaultLimit(), config.maxLimit());
    return new BarQuery(sym, iv, fromNs, toNs, n, adjustment);
  }

  private static PriceAdjustment adjustment(String adjusted, String dividends) {
    boolean adjust = flag("adjusted", adjusted);
    boolean withDividends = flag("dividends", dividends);
    if (withDividends && !adjust) {
      throw new BadParameterException("dividends", dividends, "dividends=true needs adjusted=true");
    }
    return !adjust ? PriceAdjustment.RAW
        : withDividends ? PriceAdjustment.SPLITS_AND_DIVIDENDS : PriceAdjustment.SPLITS;
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadParameterException(name, value, name + " must be true or false, not '" + value + "'");
    };
  }

  private static Interval parseInterval(String interval) {
    if (interval == null || interval.isBlank()) {
      return Interval.M1;
    }
    return Interval.fromCode(interval.strip()).orElseThrow(() -> new BadParameterException("interval", interval,
        "unknown interval '" + interval + "'; valid intervals: " + Interval.codes()));
  }

  private static Response respond(BarPage page, UriInfo uri) {
    BarQuery q = page.query();
    String next = page.next().isPresent() ? TimeParameter.iso(page.next().getAsLong()) : null;
    URI nextUrl = next == null ? null : uri.getRequestUriBuilder()
        .replaceQueryParam("interval", q.interval().code())
        .replaceQueryParam("from", next)
        .replaceQueryParam("limit", q.limit())
        .build();
    BarPageView body = new BarPageView(q.symbol(), q.interval().code(),
        q.fromNs() == BarQuery.UNBOUNDED_FROM ? null : TimeParameter.iso(q.fromNs()),
        q.toNs() == BarQuery.UNBOUNDED_TO ? null : TimeParameter.iso(q.toNs()),
        q.limit(), q.adjustment().adjusted(), q.adjustment().dividends(), page.bars().stream().map(BarView::of).toList(), next,
        nextUrl == null ? null : nextUrl.toString());
    Response.ResponseBuilder response = Response.ok(body);
    if (nextUrl != null) {
      response.link(nextUrl, "next");
    }
    return response.build();
  }
}
