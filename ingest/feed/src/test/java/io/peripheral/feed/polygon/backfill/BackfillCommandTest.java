package io.peripheral.feed.polygon.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** Command-line contract of {@code backfill} for bad input: exit code 2 and a clear message. */
@QuarkusMainTest
class BackfillCommandTest {
  @Test
  void exitsWithTwoAndNamesTheVariableWhenNoKeyIsConfigured(QuarkusMainLauncher launcher) {
    LaunchResult r = launcher.launch("backfill", "--symbols", "AAPL", "--from", "2024-01-02", "--no-wait");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.getErrorOutput()).contains("POLYGON_API_KEY");
  }

  @Test
  void exitsWithTwoOnBadDatesOrTickers(QuarkusMainLauncher launcher) {
    assertThat(launcher.launch("backfill", "--symbols", "AAPL", "--from", "2024-13-02").exitCode()).isEqualTo(2);
    assertThat(launcher.launch("backfill", "--symbols", "AAPL", "--from", "2024-01-03", "--to", "2024-01-02")
        .exitCode()).isEqualTo(2);
    assertThat(launcher.launch("backfill", "--symbols", "AA PL;", "--from", "2024-01-02").exitCode()).isEqualTo(2);
    assertThat(launcher.launch("backfill", "--from", "2024-01-02").exitCode()).isEqualTo(2);
  }
}
