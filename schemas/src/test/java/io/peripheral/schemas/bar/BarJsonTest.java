package io.peripheral.schemas.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarJsonTest {
  private static final Bar BAR = new Bar("AAPL", Interval.M1, 1_704_205_800_000_000_000L, 1.5, 2.25, 1.25, 2.0, 300.5,
      1.75, 12, Session.REGULAR, true, BarSource.REPLAY, 2, "builtin-1");

  @Test
  void roundTripsEveryField() {
    assertThat(BarJson.read(BarJson.write(BAR))).isEqualTo(BAR);
    Bar daily = new Bar("X", Interval.D1, 0, 1, 1, 1, 1, 1, 1, 1, null, false, BarSource.LIVE, 0, null);
    assertThat(BarJson.read(BarJson.write(daily))).isEqualTo(daily);
  }

  @Test
  void writesExactlyTheDocumentedFieldsInOrder() throws Exception {
    List<String> names = new ArrayList<>();
    new ObjectMapper().readTree(BarJson.write(BAR)).fieldNames().forEachRemaining(names::add);
    assertThat(names).isEqualTo(BarJson.FIELDS);
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> BarJson.read("{\"symbol\":\"A\"}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("interval");
    assertThatThrownBy(() -> BarJson.read("[1]".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("object");
  }

  @Test
  void precedenceDecidesBeforeRevision() {
    Bar rebuild = new Bar("A", Interval.M1, 0, 1, 1, 1, 1, 1, 1, 1, null, true, BarSource.REBUILD, 0, null);
    Bar liveRev5 = new Bar("A", Interval.M1, 0, 1, 1, 1, 1, 1, 1, 1, null, true, BarSource.LIVE, 5, null);
    Bar liveRev6 = new Bar("A", Interval.M1, 0, 1, 1, 1, 1, 1, 1, 1, null, true, BarSource.LIVE, 6, null);
    assertThat(rebuild.supersedes(liveRev5)).isTrue();
    assertThat(liveRev5.supersedes(rebuild)).isFalse();
    assertThat(liveRev6.supersedes(liveRev5)).isTrue();
    assertThat(liveRev5.supersedes(liveRev6)).isFalse();
  }
}
