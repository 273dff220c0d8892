package io.peripheral.api.symbols.rest;

import io.peripheral.api.config.PeripheralConfig;
import io.peripheral.api.error.ApiError;
import io.peripheral.api.error.BadParameterException;
import io.peripheral.api.params.LimitParameter;
import io.peripheral.api.symbols.repository.SymbolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/symbols")
@Produces(MediaType.APPLICATION_JSON)
public class SymbolsResource {
  private final SymbolRepository symbols;
  private final PeripheralConfig.Symbols config;

  public SymbolsResource(SymbolRepository symbols, PeripheralConfig config) {
    this.symbols = symbols;
    this.config = config.symbols();
  }

  @GET
  @Operation(operationId = "listSymbols", summary = "Known symbols, sorted by code")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SymbolList.class)))
  @APIResponse(responseCode = "400", description = "bad q or limit",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Uni<SymbolList> list(
      @Parameter(description = "case-insensitive prefix of the symbol code") @QueryParam("q") String q,
      @Parameter(description = "at most this many symbols (default 1000, max 10000)") @QueryParam("limit")
      String limit) {
    String prefix = q == null ? "" : q.strip();
    if (prefix.length() > 32) {
      throw new BadParameterException("q", q, "q is a symbol prefix of at most 32 characters");
    }
    int n = LimitParameter.parse(limit, config.defaultLimit(), config.maxLimit());
    return symbols.list(prefix, n).map(rows -> new SymbolList(rows.stream().map(SymbolView::of).toList()));
  }
}
