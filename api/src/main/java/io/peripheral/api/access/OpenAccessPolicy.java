package io.peripheral.api.access;

import io.quarkus.arc.DefaultBean;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** No authentication yet: everyone is {@link Caller#ANONYMOUS} and may read everything. */
@ApplicationScoped
@DefaultBean
public class OpenAccessPolicy implements AccessPolicy {
  @Override
  public Caller authenticate(HttpServerRequest request) {
    return Caller.ANONYMOUS;
  }

  @Override
  public boolean mayRead(Caller caller, String channel, String symbol) {
    return true;
  }
}
