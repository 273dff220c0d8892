package io.peripheral.bars.topology;

import java.time.Duration;
import java.util.Objects;

/**
 * What the bar topology needs besides the topic catalog.
 *
 * @param grace how long after a window's end (in stream time) late trades still update the bar
 * @param formingInterval wall-clock period of forming-bar updates; zero disables forming bars
 * @param rules the condition table in force (its version is written on every bar)
 * @param listener metrics hooks
 */
public record BarsConfig(Duration grace, Duration formingInterval, ConditionRules rules, BarsListener listener) {
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);
  public static final Duration DEFAULT_FORMING_INTERVAL = Duration.ofMillis(250);

  public BarsConfig {
    Objects.requireNonNull(grace, "grace");
    Objects.requireNonNull(formingInterval, "formingInterval");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(listener, "listener");
    if (grace.isNegative() || formingInterval.isNegative()) {
      throw new IllegalArgumentException("grace and forming interval must not be negative");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static BarsConfig defaults() {
    return builder().build();
  }

  /** Builder with the live defaults: 2 s grace, forming bars every 250 ms, built-in rules. */
  public static final class Builder {
    private Duration grace = DEFAULT_GRACE;
    private Duration formingInterval = DEFAULT_FORMING_INTERVAL;
    private ConditionRules rules = ConditionRules.builtin();
    private BarsListener listener = BarsListener.NONE;

    public Builder withGrace(Duration value) {
      grace = value;
      return this;
    }

    public Builder withFormingInterval(Duration value) {
      formingInterval = value;
      return this;
    }

    public Builder withRules(ConditionRules value) {
      rules = value;
      return this;
    }

    public Builder withListener(BarsListener value) {
      listener = value;
      return this;
    }

    public BarsConfig build() {
      return new BarsConfig(grace, formingInterval, rules, listener);
    }
  }
}
