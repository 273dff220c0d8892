package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.cli.StrategyCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: check, run and wat with their exit codes and output formats. */
class CliTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int cli(String... args) {
    return StrategyCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void checkSucceedsOnAValidStrategy() {
    assertThat(cli("check", "examples/sma_cross.py")).isZero();
    assertThat(out.toString()).contains("examples/sma_cross.py: ok");
  }

  @Test
  void checkExitsWithOneAndPrintsDiagnosticsOnErrors(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.py");
    Files.writeString(bad, "import os\ndef generate_signals(df):\n    return np.polyfit(df)\n");
    assertThat(cli("check", bad.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("1:1: error E0102").contains("3:12: error E0101");
  }

  @Test
  void runPrintsOneCsvRowPerBar() throws IOException {
    assertThat(cli("run", "examples/sma_cross.py", "--bars", "examples/bars.csv", "--param", "fast=5")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).isEqualTo("time,position");
    assertThat(lines).hasSize(1 + Files.readAllLines(Path.of("examples/bars.csv")).size() - 1);
    assertThat(lines[1]).isEqualTo("2024-01-01T00:00:00Z,");
  }

  @Test
  void runScreenAsJson() {
    assertThat(cli("run", "examples/momentum_screen.py", "--bars", "examples/bars.csv", "--entry", "screen",
        "--format", "json")).isZero();
    assertThat(out.toString()).startsWith("{\"score\":").contains("\"above_ma50\":1.0");
  }

  @Test
  void runReportsAFailedRunWithExitOne() {
    assertThat(cli("run", "examples/sma_cross.py", "--bars", "examples/bars.csv", "--param", "nope=1")).isEqualTo(1);
    assertThat(err.toString()).contains("error: generate_signals has no parameter 'nope'");
  }

  @Test
  void watPrintsTheModuleAsText() {
    assertThat(cli("wat", "examples/rsi_loop.py")).isZero();
    assertThat(out.toString()).startsWith("(module\n").contains("(export \"generate_signals\")")
        .doesNotContain("(import");
  }
}
