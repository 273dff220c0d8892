package io.peripheral.api.access;

import io.vertx.core.http.HttpServerRequest;

/**
 * The authentication and authorization seam. Every REST request ({@link RestAccessFilter}), every WebSocket
 * handshake ({@link WebSocketAccessCheck}) and every WebSocket subscription asks the policy. The default
 * {@link OpenAccessPolicy} lets everyone in; the authentication issue provides another bean of this type (for
 * example one built on Quarkus' {@code SecurityIdentity}) and the default steps aside.
 */
public interface AccessPolicy {

  /** Identifies the caller of an HTTP request or WebSocket handshake; {@code null} rejects it with 401. */
  Caller authenticate(HttpServerRequest request);

  /** May {@code caller} read data of {@code channel} (e.g. {@code bars}) for {@code symbol}? */
  boolean mayRead(Caller caller, String channel, String symbol);
}
