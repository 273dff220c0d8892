package io.peripheral.feed.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.feed.polygon.FeedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayFilesTest {
  @TempDir
  Path dir;

  @Test
  void expandsDirectoriesToTheirTradeFilesAndKeepsListOrder() throws IOException {
    Path day = Files.createDirectory(dir.resolve("day"));
    Files.writeString(day.resolve("b.csv.gz"), "x");
    Files.writeString(day.resolve("a.csv"), "x");
    Files.writeString(day.resolve("notes.txt"), "x");
    Path single = Files.writeString(dir.resolve("z.csv"), "x");

    assertThat(ReplayFiles.expand(single + ", " + day))
        .containsExactly(single, day.resolve("a.csv"), day.resolve("b.csv.gz"));
  }

  @Test
  void refusesMissingPathsAndEmptyDirectories() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    assertThatThrownBy(() -> ReplayFiles.expand(dir.resolve("nope.csv").toString()))
        .isInstanceOf(FeedInputException.class).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> ReplayFiles.expand(empty.toString()))
        .isInstanceOf(FeedInputException.class).hasMessageContaining("no .csv");
    assertThatThrownBy(() -> ReplayFiles.expand(" "))
        .isInstanceOf(FeedInputException.class);
  }
}
