package io.peripheral.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Answers any path no endpoint serves with a JSON 404 in the {@link ApiError} shape. */
@ApplicationScoped
public class UnknownRouteHandler {
  private final String body;

  public UnknownRouteHandler(ObjectMapper mapper) throws JsonProcessingException {
    this.body = mapper.writeValueAsString(ApiError.of("not_found", "no such resource"));
  }

  void register(@Observes Router router) {
    router.route().last().handler(ctx -> ctx.response()
        .setStatusCode(404)
        .putHeader("Content-Type", "application/json")
        .end(body));
  }
}
