package io.peripheral.api.access;

import io.peripheral.api.error.ApiError;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every REST request through the {@link AccessPolicy}; the caller is left in the request property
 * {@value #CALLER} for resources that need it.
 */
public class RestAccessFilter {
  public static final String CALLER = "peripheral.caller";

  private final AccessPolicy policy;

  public RestAccessFilter(AccessPolicy policy) {
    this.policy = policy;
  }

  @ServerRequestFilter
  public Response authenticate(ContainerRequestContext context, HttpServerRequest request) {
    Caller caller = policy.authenticate(request);
    if (caller == null) {
      return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ApiError.of("unauthorized", "authentication required")).build();
    }
    context.setProperty(CALLER, caller);
    return null;
  }
}
