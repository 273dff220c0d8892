package io.peripheral.api.bars.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveBarHubTest {
  private static final BarKey AAPL_1M = new BarKey("AAPL", Interval.M1);
  private final LiveBarHub hub = new LiveBarHub(new SimpleMeterRegistry());

  @Test
  void newSubscriberGetsTheLatestFormingBarFirst() {
    hub.publish(bar(0, 1, false));
    hub.publish(bar(0, 2, false));
    List<Bar> got = new ArrayList<>();
    hub.subscribe(AAPL_1M, got::add);
    hub.publish(bar(0, 3, false));
    assertThat(got).extracting(Bar::close).containsExactly(2.0, 3.0);
  }

  @Test
  void finalBarEndsTheFormingBarOfItsWindow() {
    hub.publish(bar(0, 1, false));
    hub.publish(bar(0, 2, true));
    List<Bar> got = new ArrayList<>();
    hub.subscribe(AAPL_1M, got::add);
    assertThat(got).isEmpty();
  }

  @Test
  void finalBarOfAnEarlierWindowKeepsTheFormingBarOfTheNext() {
    long minute = Interval.M1.nominalNanos();
    hub.publish(bar(minute, 5, false));
    hub.publish(bar(0, 4, true));
    List<Bar> got = new ArrayList<>();
    hub.subscribe(AAPL_1M, got::add);
    assertThat(got).extracting(Bar::start).containsExactly(minute);
  }

  @Test
  void deliversOnlyTheSubscribedKeysAndNothingAfterUnsubscribe() {
    List<Bar> got = new ArrayList<>();
    BarSubscriber s = got::add;
    hub.subscribe(AAPL_1M, s);
    hub.publish(new Bar("MSFT", Interval.M1, 0, 1, 1, 1, 1, 1, 1, 1, null, false, BarSource.LIVE, 0, null));
    hub.publish(bar(0, 1, false));
    hub.unsubscribe(AAPL_1M, s);
    hub.publish(bar(0, 2, false));
    assertThat(got).extracting(Bar::close).containsExactly(1.0);
  }

  private static Bar bar(long start, double close, boolean isFinal) {
    return new Bar("AAPL", Interval.M1, start, 1, 1, 1, close, 1, 1, 1, null, isFinal, BarSource.LIVE, 0, null);
  }
}
