package io.peripheral.feed.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpeedTest {
  @Test
  void parsesMaxAndFactors() {
    assertThat(Speed.parse("max").isMax()).isTrue();
    assertThat(Speed.parse("1x").factor()).isEqualTo(1.0);
    assertThat(Speed.parse("10X").factor()).isEqualTo(10.0);
    assertThat(Speed.parse("10x")).hasToString("10x");
  }

  @Test
  void refusesAnythingElseWithAClearMessage() {
    assertThatThrownBy(() -> Speed.parse("fast")).hasMessageContaining("max or a factor");
    assertThatThrownBy(() -> Speed.parse("0x")).hasMessageContaining("max or a factor");
  }
}
