package io.peripheral.strategy.runtime;

import java.util.Optional;

/**
 * The outcome of one run: an output or a failure, the print() log, the elapsed time of the whole run (instantiate,
 * copy the bars in, call, read back) and of the entry call alone.
 */
public record RunResult(Optional<Output> output, Optional<Failure> failure, String log, long elapsedNanos,
    long entryNanos) {
  public boolean ok() {
    return output.isPresent();
  }

  static RunResult success(Output o, String log, long nanos, long entryNanos) {
    return new RunResult(Optional.of(o), Optional.empty(), log, nanos, entryNanos);
  }

  static RunResult failed(Failure f, String log, long nanos) {
    return new RunResult(Optional.empty(), Optional.of(f), log, nanos, 0);
  }
}
