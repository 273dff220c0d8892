package io.peripheral.api.quotes.rest;

import io.peripheral.api.error.ApiError;
import io.peripheral.api.error.NotFoundApiException;
import io.peripheral.api.params.SymbolParameter;
import io.peripheral.api.quotes.config.QuotesConfig;
import io.peripheral.api.quotes.service.HotQuote;
import io.peripheral.api.quotes.service.QuoteService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The latest trade and NBBO per symbol, from the hot-quote cache the feed keeps in Redis. */
@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
public class QuotesResource {
  private final QuoteService service;
  private final QuotesConfig config;

  public QuotesResource(QuoteService service, QuotesConfig config) {
    this.service = service;
    this.config = config;
  }

  @GET
  @Path("/{symbol}")
  @Operation(operationId = "getQuote", summary = "The latest trade and NBBO of one symbol",
      description = "Served from the hot-quote cache (written by the feed at most every 50 ms per symbol). A part "
          + "not cached (no trade or no quote within the cache TTL) is null.")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QuoteView.class)))
  @APIResponse(responseCode = "400", description = "malformed symbol",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "nothing cached for the symbol",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "503", description = "the quote cache (Redis) is unreachable",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Uni<QuoteView> quote(@PathParam("symbol") String symbol) {
    String sym = SymbolParameter.parse("symbol", symbol);
    return service.one(sym).map(q -> {
      if (q.isEmpty()) {
        throw new NotFoundApiException("no quote cached for " + sym + " (no trade or quote within the cache TTL, or "
            + "an unknown symbol)");
      }
      return QuoteView.of(q);
    });
  }

  @GET
  @Operation(operationId = "getQuotes", summary = "The latest trade and NBBO of several symbols",
      description = "Symbols with something cached are in `quotes` (in the order asked), the others in `missing`.")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QuoteListView.class)))
  @APIResponse(responseCode = "400", description = "symbols missing, malformed or too many",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "503", description = "the quote cache (Redis) is unreachable",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Uni<QuoteListView> quotes(
      @Parameter(description = "comma-separated symbols, e.g. AAPL,MSFT (at most 100)") @QueryParam("symbols")
      String symbols) {
    List<String> asked = SymbolsListParameter.parse(symbols, config.maxSymbols());
    return service.many(asked).map(found -> {
      List<QuoteView> quotes = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (HotQuote q : found.values()) {
        if (q.isEmpty()) {
          missing.add(q.symbol());
        } else {
          quotes.add(QuoteView.of(q));
        }
      }
      return new QuoteListView(quotes, missing);
    });
  }
}
