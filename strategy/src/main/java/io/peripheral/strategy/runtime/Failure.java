package io.peripheral.strategy.runtime;

/** Why a run failed. Failures are expected outcomes of user code, so they are values, not exceptions. */
public sealed interface Failure {
  String message();

  /** The run exceeded its wall-clock deadline. */
  record DeadlineExceeded(long millis) implements Failure {
    @Override
    public String message() {
      return "deadline exceeded after " + (millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms");
    }
  }

  /** The module tried to grow its memory past the limit. */
  record MemoryLimitExceeded(long bytes) implements Failure {
    @Override
    public String message() {
      return "memory limit " + (bytes / (1024 * 1024)) + " MiB exceeded";
    }
  }

  /** Calls nested deeper than the limit (unbounded recursion). */
  record CallDepthExceeded(int limit, int line) implements Failure {
    @Override
    public String message() {
      return "call depth " + limit + " exceeded (RecursionError) at line " + line;
    }
  }

  /** print() produced more output than the log limit. */
  record LogLimitExceeded(int bytes) implements Failure {
    @Override
    public String message() {
      return "log limit " + (bytes / 1024) + " KiB exceeded";
    }
  }

  /** A Python exception such as ZeroDivisionError or IndexError, with the source line. */
  record RuntimeError(String pythonType, String detail, int line) implements Failure {
    @Override
    public String message() {
      return pythonType + ": " + detail + (line > 0 ? " (line " + line + ")" : "");
    }
  }

  /** The entry returned something the contract does not allow (wrong length, position outside [-1, 1]). */
  record InvalidOutput(String detail) implements Failure {
    @Override
    public String message() {
      return "invalid output: " + detail;
    }
  }

  /** The requested entry point or a parameter does not exist or has the wrong type. */
  record BadRequest(String detail) implements Failure {
    @Override
    public String message() {
      return detail;
    }
  }
}
