package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tables written by {@code feed conditions} replace the built-in one, with their own version. */
class ConditionRulesLoadTest {
  private static final String TABLE = """
      # Consolidated condition rules from Polygon /v3/reference/conditions (high-low/open-close/volume).
      version=polygon-1a2b3c4d
      excluded-corrections=7,8,10,11
      condition.12=NNY
      condition.15=NNN
      condition.37=NNY
      condition.38=YYN
      """;

  @Test
  void loadsVersionMasksAndExcludedCorrections() throws Exception {
    Path file = Files.createTempFile("rules", ".properties");
    Files.writeString(file, TABLE);
    ConditionRules rules = ConditionRules.load(file);
    assertThat(rules.version()).isEqualTo("polygon-1a2b3c4d");
    assertThat(rules.masks()).containsEntry(37, ConditionRules.VOLUME).containsEntry(15, 0)
        .containsEntry(38, ConditionRules.HIGH_LOW | ConditionRules.OPEN_CLOSE).hasSize(4);
    ConditionRules.Compiled c = rules.compile();
    assertThat(c.mask(new int[] {37}, 0)).isEqualTo(ConditionRules.VOLUME);
    assertThat(c.mask(new int[] {14}, 0)).isEqualTo(ConditionRules.ALL);
    assertThat(c.mask(new int[0], 7)).isZero();
  }

  @Test
  void rejectsATableWithoutVersionOrWithBadFlags() throws Exception {
    Path noVersion = Files.createTempFile("rules", ".properties");
    Files.writeString(noVersion, "condition.37=NNY\n");
    assertThatThrownBy(() -> ConditionRules.load(noVersion)).hasMessageContaining("no version");
    Path bad = Files.createTempFile("rules", ".properties");
    Files.writeString(bad, "version=x\ncondition.37=maybe\n");
    assertThatThrownBy(() -> ConditionRules.load(bad)).hasMessageContaining("condition.37");
  }
}
