package io.peripheral.api.bars.service;

import io.peripheral.schemas.bar.Bar;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest forming bar per (symbol, interval); the final bar of that window (or a later one) removes it. Not
 * thread-safe: {@link LiveBarHub} guards it.
 */
final class FormingBars {
  private final Map<BarKey, Bar> forming = new HashMap<>();

  void update(Bar bar) {
    BarKey key = BarKey.of(bar);
    Bar current = forming.get(key);
    if (bar.isFinal()) {
      if (current != null && current.start() <= bar.start()) {
        forming.remove(key);
      }
    } else if (current == null || bar.start() >= current.start()) {
      forming.put(key, bar);
    }
  }

  Optional<Bar> get(BarKey key) {
    return Optional.ofNullable(forming.get(key));
  }

  int size() {
    return forming.size();
  }
}
