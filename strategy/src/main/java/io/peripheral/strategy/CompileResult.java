package io.peripheral.strategy;

import java.util.List;
import java.util.Optional;

/** The outcome of compiling: every diagnostic, and the strategy when there were no errors. */
public record CompileResult(List<Diagnostic> diagnostics, Optional<CompiledStrategy> strategy) {
  public CompileResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return strategy.isPresent();
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
