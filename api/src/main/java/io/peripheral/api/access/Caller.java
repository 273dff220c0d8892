package io.peripheral.api.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling. Until authentication arrives every caller is {@link #ANONYMOUS}; an authenticating
 * {@link AccessPolicy} builds callers from the request's credentials.
 */
public record Caller(String name, boolean anonymous, Set<String> roles) {
  public static final Caller ANONYMOUS = new Caller("anonymous", true, Set.of());

  public Caller {
    Objects.requireNonNull(name, "name");
    roles = Set.copyOf(roles);
  }
}
