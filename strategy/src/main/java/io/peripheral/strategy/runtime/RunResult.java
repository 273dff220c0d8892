package io.peripheral.strategy.runtime;

import java.util.Optional;

/** The outcome of one run: an output or a failure, the print() log, and the elapsed time. */
public record RunResult(Optional<Output> output, Optional<Failure> failure, String log, long elapsedNanos) {
  public boolean ok() {
    return output.isPresent();
  }

  static RunResult success(Output o, String log, long nanos) {
    return new RunResult(Optional.of(o), Optional.empty(), log, nanos);
  }

  static RunResult failed(Failure f, String log, long nanos) {
    return new RunResult(Optional.empty(), Optional.of(f), log, nanos);
  }
}
