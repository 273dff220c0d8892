package io.peripheral.api.error;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure of a REST call to the one {@link ApiError} shape. */
public class ApiExceptionMapper {
  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class);

  @ServerExceptionMapper
  public Response api(ApiException e) {
    return json(e.status(), e.body());
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return json(404, ApiError.of("not_found", "no such resource"));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String error = status == 405 ? "method_not_allowed" : status == 415 ? "unsupported_media_type"
        : status < 500 ? "bad_request" : "internal_error";
    return json(status, ApiError.of(error, e.getMessage() == null ? "request failed" : e.getMessage()));
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e) {
    if (isConnectionFailure(e)) {
      LOG.warnf("request failed, a backend is unreachable: %s", e.toString());
      return json(503, ApiError.of("unavailable", "the database is unreachable; retry later"));
    }
    LOG.error("request failed", e);
    return json(500, ApiError.of("internal_error", "internal error; see the server log"));
  }

  private static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.ClosedChannelException
          || t instanceof io.vertx.core.http.HttpClosedException
          || t.getClass().getName().endsWith("ClosedConnectionException")
          || String.valueOf(t.getMessage()).contains("Connection refused")) {
        return true;
      }
    }
    return false;
  }

  static Response json(int status, ApiError body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
