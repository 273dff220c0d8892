package io.peripheral.bars.topology;

import static io.peripheral.bars.topology.ConditionRules.ALL;
import static io.peripheral.bars.topology.ConditionRules.HIGH_LOW;
import static io.peripheral.bars.topology.ConditionRules.OPEN_CLOSE;
import static io.peripheral.bars.topology.ConditionRules.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionRulesTest {
  private final ConditionRules.Compiled builtin = ConditionRules.builtin().compile();

  @Test
  void builtinTableMatchesTheIssue() {
    Map<Integer, Integer> expected = Map.ofEntries(Map.entry(2, VOLUME), Map.entry(5, HIGH_LOW | VOLUME),
        Map.entry(7, VOLUME), Map.entry(10, HIGH_LOW | VOLUME), Map.entry(12, VOLUME), Map.entry(13, VOLUME),
        Map.entry(15, 0), Map.entry(16, 0), Map.entry(20, VOLUME), Map.entry(21, VOLUME),
        Map.entry(22, HIGH_LOW | VOLUME), Map.entry(32, HIGH_LOW | VOLUME), Map.entry(33, HIGH_LOW | VOLUME),
        Map.entry(37, VOLUME), Map.entry(38, HIGH_LOW | OPEN_CLOSE), Map.entry(52, VOLUME), Map.entry(53, VOLUME));
    for (int c = 0; c < 100; c++) {
      assertThat(builtin.mask(new int[] {c}, 0)).as("condition " + c).isEqualTo(expected.getOrDefault(c, ALL));
    }
    assertThat(ConditionRules.builtin().version()).isEqualTo("builtin-1");
  }

  @Test
  void tradeGetsOnlyWhatEveryConditionAllows() {
    assertThat(builtin.mask(new int[] {}, 0)).isEqualTo(ALL);
    assertThat(builtin.mask(new int[] {38, 5}, 0)).isEqualTo(HIGH_LOW);
    assertThat(builtin.mask(new int[] {14, 41, 1000}, 0)).isEqualTo(ALL);
  }

  @Test
  void cancelledAndErroneousCorrectionsExcludeTheTrade() {
    for (int correction : new int[] {7, 8, 10, 11}) {
      assertThat(builtin.mask(new int[] {}, correction)).isZero();
    }
    assertThat(builtin.mask(new int[] {}, 1)).isEqualTo(ALL);
  }

  @Test
  void rejectsUnknownFlagBits() {
    assertThatThrownBy(() -> new ConditionRules("v", Map.of(1, 8), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
