package io.peripheral.feed.replay;

import io.peripheral.feed.polygon.FeedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands a {@code --files} value (a file, a directory, or a comma-separated list of either) into files. */
public final class ReplayFiles {
  private ReplayFiles() {}

  public static List<Path> expand(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new FeedInputException("no input files given (--files PATH[,PATH...])");
    }
    List<Path> files = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        try (Stream<Path> children = Files.list(path)) {
          List<Path> found = children.filter(ReplayFiles::isTradesFile).sorted().toList();
          if (found.isEmpty()) {
            throw new FeedInputException("directory " + p + " holds no .csv or .csv.gz files");
          }
          files.addAll(found);
        } catch (IOException e) {
          throw new FeedInputException("cannot list directory " + p + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new FeedInputException("file " + p + " does not exist");
      }
    }
    if (files.isEmpty()) {
      throw new FeedInputException("no input files given (--files PATH[,PATH...])");
    }
    return List.copyOf(files);
  }

  static boolean isTradesFile(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p) && (name.endsWith(".csv") || name.endsWith(".csv.gz"));
  }
}
