package io.peripheral.api.access;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Authenticates every WebSocket handshake through the {@link AccessPolicy}; the caller travels in the
 * connection's user data under {@link #CALLER}.
 */
@ApplicationScoped
public class WebSocketAccessCheck implements HttpUpgradeCheck {
  public static final io.quarkus.websockets.next.UserData.TypedKey<Caller> CALLER =
      new io.quarkus.websockets.next.UserData.TypedKey<>("peripheral.caller");

  private final AccessPolicy policy;

  public WebSocketAccessCheck(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Uni<CheckResult> perform(HttpUpgradeContext context) {
    Caller caller = policy.authenticate(context.httpRequest());
    if (caller == null) {
      return CheckResult.rejectUpgrade(401);
    }
    context.userData().put(CALLER, caller);
    return CheckResult.permitUpgrade();
  }
}
