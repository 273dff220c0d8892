package io.peripheral.bars.sink;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the bar sink consumes.
 *
 * @param topics the bar topics to consume, normally {@link BarSink#BAR_TOPICS}
 * @param maxPollRecords upper bound of records per database transaction
 * @param backoffInitial first wait after a failed write; doubled up to {@code backoffMax}
 */
public record SinkSettings(String bootstrapServers, String groupId, Pattern topics, int maxPollRecords, Duration backoffInitial,
    Duration backoffMax) {
  public SinkSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(topics, "topics");
    if (maxPollRecords < 1) {
      throw new IllegalArgumentException("maxPollRecords must be positive");
    }
    if (backoffInitial.isNegative() || backoffInitial.isZero() || backoffMax.compareTo(backoffInitial) < 0) {
      throw new IllegalArgumentException("backoff must be positive and max >= initial");
    }
  }
}
