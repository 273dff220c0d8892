package io.peripheral.api.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.api.error.BadParameterException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeParameterTest {
  private static final Instant T = Instant.parse("2024-03-08T14:30:00Z");
  private static final long T_NS = T.getEpochSecond() * 1_000_000_000L;

  @Test
  void readsIsoInstantsAndOffsetDateTimes() {
    assertThat(TimeParameter.parse("from", "2024-03-08T14:30:00Z")).isEqualTo(T_NS);
    assertThat(TimeParameter.parse("from", "2024-03-08T09:30:00-05:00")).isEqualTo(T_NS);
    assertThat(TimeParameter.parse("from", "2024-03-08T14:30:00.000000001Z")).isEqualTo(T_NS + 1);
  }

  @Test
  void readsADateAsMidnightInNewYork() {
    assertThat(TimeParameter.parse("from", "2024-03-08"))
        .isEqualTo(Instant.parse("2024-03-08T05:00:00Z").getEpochSecond() * 1_000_000_000L);
    assertThat(TimeParameter.parse("from", "2024-03-11"))
        .isEqualTo(Instant.parse("2024-03-11T04:00:00Z").getEpochSecond() * 1_000_000_000L);
  }

  @Test
  void choosesTheEpochUnitByMagnitude() {
    assertThat(TimeParameter.parse("to", Long.toString(T.getEpochSecond()))).isEqualTo(T_NS);
    assertThat(TimeParameter.parse("to", Long.toString(T.toEpochMilli()))).isEqualTo(T_NS);
    assertThat(TimeParameter.parse("to", Long.toString(T.toEpochMilli() * 1000))).isEqualTo(T_NS);
    assertThat(TimeParameter.parse("to", Long.toString(T_NS))).isEqualTo(T_NS);
    assertThat(TimeParameter.parse("to", "0")).isZero();
  }

  @Test
  void rejectsOtherFormsNamingTheParameterAndTheAcceptedForms() {
    for (String bad : new String[] {"now", "2024-03-08T14:30:00", "1.5", "2024-02-30", "99999999999999999999999"}) {
      assertThatThrownBy(() -> TimeParameter.parse("to", bad))
          .as(bad)
          .isInstanceOf(BadParameterException.class)
          .satisfies(e -> {
            BadParameterException b = (BadParameterException) e;
            assertThat(b.body().parameter()).isEqualTo("to");
            assertThat(b.body().value()).isEqualTo(bad);
            assertThat(b.body().message()).contains("ISO-8601");
          });
    }
  }

  @Test
  void writesNanosecondExactIsoInstants() {
    assertThat(TimeParameter.iso(T_NS + 1)).isEqualTo("2024-03-08T14:30:00.000000001Z");
    assertThat(TimeParameter.iso(T_NS)).isEqualTo("2024-03-08T14:30:00Z");
  }
}
