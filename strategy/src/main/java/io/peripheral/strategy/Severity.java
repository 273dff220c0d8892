package io.peripheral.strategy;

/** How serious a diagnostic is: errors stop compilation, warnings do not. */
public enum Severity {
  ERROR,
  WARNING
}
