package io.peripheral.bars.sink;

import java.util.Objects;

/** One replay bar-topic partition whose end-of-stream marker the sink has reached. */
public record ReplayProgress(String replayId, String topic, int partition) implements Comparable<ReplayProgress> {
  public ReplayProgress {
    Objects.requireNonNull(replayId, "replayId");
    Objects.requireNonNull(topic, "topic");
    if (partition < 0) {
      throw new IllegalArgumentException("partition is negative: " + partition);
    }
  }

  @Override
  public int compareTo(ReplayProgress o) {
    int c = topic.compareTo(o.topic);
    return c != 0 ? c : Integer.compare(partition, o.partition);
  }
}
