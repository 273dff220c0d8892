package io.peripheral.feed.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One replay's parameters.
 *
 * @param id the replay id (namespace {@code replay.<id>.}); {@code null} generates one
 * @param rejects the rejects log; {@code null} means {@code replay-<id>-rejects.log} in the working directory
 * @param rulesVersion condition-rule version to record, or {@code null} (the bars service fills it)
 * @param waitTimeout how long to wait for the bars to be final; ignored with {@code noWait}
 */
public record ReplayOptions(
    String files,
    Speed speed,
    String id,
    Path rejects,
    String rulesVersion,
    boolean noWait,
    Duration waitTimeout,
    int sortRunRows,
    Path tempDir) {

  public ReplayOptions {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(speed, "speed");
    Objects.requireNonNull(waitTimeout, "waitTimeout");
    Objects.requireNonNull(tempDir, "tempDir");
    if (sortRunRows < 1) {
      throw new IllegalArgumentException("sortRunRows must be positive");
    }
  }
}
