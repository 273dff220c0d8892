package io.peripheral.schemas.topic;

/** How a topic's value format may evolve without breaking its consumers. */
public enum Compatibility {
  /** New fields may be added (consumers ignore unknown fields / columns); nothing is removed, renamed or retyped. */
  BACKWARD_ADD_ONLY,
  /** Any change is breaking: the topic is versioned instead (name suffix {@code .v2}). */
  NONE
}
