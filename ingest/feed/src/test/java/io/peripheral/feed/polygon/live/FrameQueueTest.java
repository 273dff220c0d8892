package io.peripheral.feed.polygon.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FrameQueueTest {
  @Test
  void overflowIsCountedAndMarkedAsAGapBeforeTheNextFrame() throws Exception {
    FrameQueue q = new FrameQueue(2);
    assertThat(q.offer("a")).isTrue();
    assertThat(q.offer("b")).isTrue();
    assertThat(q.offer("c")).isFalse();
    assertThat(q.offer("d")).isFalse();
    assertThat(q.dropped()).isEqualTo(2);
    assertThat(((FrameQueue.Frame) q.poll(1, TimeUnit.SECONDS)).text()).isEqualTo("a");
    assertThat(((FrameQueue.Frame) q.poll(1, TimeUnit.SECONDS)).text()).isEqualTo("b");
    assertThat(q.offer("e")).isTrue();
    assertThat(q.poll(1, TimeUnit.SECONDS)).isEqualTo(new FrameQueue.GapMarker("queue overflow"));
    assertThat(((FrameQueue.Frame) q.poll(1, TimeUnit.SECONDS)).text()).isEqualTo("e");
  }

  @Test
  void aDisconnectMarksAGapBeforeTheFirstFrameOfTheNextSession() throws Exception {
    FrameQueue q = new FrameQueue(4);
    q.markGap("closed by server");
    q.offer("x");
    assertThat(q.poll(1, TimeUnit.SECONDS)).isEqualTo(new FrameQueue.GapMarker("closed by server"));
    assertThat(q.poll(1, TimeUnit.SECONDS)).isInstanceOf(FrameQueue.Frame.class);
  }
}
