package io.peripheral.feed.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.polygon.TradesCsv;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Command-line contract of {@code replay} for bad input: exit code 2 and a clear message, nothing produced. */
@QuarkusMainTest
class ReplayCommandTest {
  @Test
  void exitsWithTwoAndNamesTheFileWhenItIsMissing(QuarkusMainLauncher launcher) {
    LaunchResult r = launcher.launch("replay", "--files", "/nonexistent/trades.csv.gz", "--no-wait");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.getErrorOutput()).contains("/nonexistent/trades.csv.gz").contains("does not exist");
  }

  @Test
  void exitsWithTwoWhenAFileIsEmptyOrHasOnlyItsHeader(QuarkusMainLauncher launcher) throws IOException {
    Path dir = Files.createTempDirectory("feed-cmd");
    Path empty = Files.createFile(dir.resolve("empty.csv"));
    Path header = TradesCsv.withHeader().write(dir.resolve("header.csv"));

    LaunchResult a = launcher.launch("replay", "--files", empty.toString(), "--no-wait");
    LaunchResult b = launcher.launch("replay", "--files", header.toString(), "--no-wait");

    assertThat(a.exitCode()).isEqualTo(2);
    assertThat(a.getErrorOutput()).contains("empty.csv").contains("empty");
    assertThat(b.exitCode()).isEqualTo(2);
    assertThat(b.getErrorOutput()).contains("header.csv").contains("empty");
  }

  @Test
  void exitsWithTwoOnBadUsage(QuarkusMainLauncher launcher) {
    assertThat(launcher.launch("replay").exitCode()).isEqualTo(2);
    assertThat(launcher.launch("replay", "--files", "x.csv", "--speed", "fast").exitCode()).isEqualTo(2);
    assertThat(launcher.launch("replay", "--files", "x.csv", "--bogus").exitCode()).isEqualTo(2);
  }
}
