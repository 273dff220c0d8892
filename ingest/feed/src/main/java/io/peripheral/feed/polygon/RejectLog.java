package io.peripheral.feed.polygon;

import io.peripheral.feed.FeedException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The rejects log: one line per malformed row ({@link Reject#logLine()}), and a count. The file is created on
 * the first reject only, so a clean replay leaves no empty log behind.
 */
public final class RejectLog implements RejectSink, AutoCloseable {
  private final Path path;
  private final LongConsumer onReject;
  private final AtomicLong count = new AtomicLong();
  private BufferedWriter out;

  public RejectLog(Path path, LongConsumer onReject) {
    this.path = path;
    this.onReject = onReject == null ? n -> { } : onReject;
  }

  @Override
  public synchronized void reject(Reject reject) {
    try {
      if (out == null) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      }
      out.write(reject.logLine());
      out.newLine();
    } catch (IOException e) {
      throw new FeedException("could not write the rejects log " + path + ": " + e.getMessage(), e);
    }
    count.incrementAndGet();
    onReject.accept(1);
  }

  public long count() {
    return count.get();
  }

  public Path path() {
    return path;
  }

  @Override
  public synchronized void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new FeedException("could not close the rejects log " + path + ": " + e.getMessage(), e);
      }
    }
  }
}
