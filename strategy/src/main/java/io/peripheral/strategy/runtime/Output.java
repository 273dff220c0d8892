package io.peripheral.strategy.runtime;

import java.util.Map;

/** What an entry returned. */
public sealed interface Output {
  /** generate_signals: one target position per bar (NaN = flat). */
  record Signals(double[] positions) implements Output {}

  /** screen returned None: not selected. */
  record NotSelected() implements Output {}

  /** screen returned a number. */
  record Score(double score) implements Output {}

  /** screen returned a dict (bools as 0/1); always contains "score". */
  record Fields(Map<String, Double> fields) implements Output {
    public Fields {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
  }
}
