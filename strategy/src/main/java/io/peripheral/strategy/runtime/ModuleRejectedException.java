package io.peripheral.strategy.runtime;

import io.peripheral.strategy.StrategyException;

/** The loader refused a WebAssembly module (for example because it has imports). */
public class ModuleRejectedException extends StrategyException {
  public ModuleRejectedException(String message) {
    super(message);
  }
}
