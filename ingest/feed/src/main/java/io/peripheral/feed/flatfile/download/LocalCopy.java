package io.peripheral.feed.flatfile.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The local side of one object: the final file at {@code dest/<key>}, the {@code <name>.part} being filled, and
 * beside each the ETag of the object version it holds ({@code <name>.etag}, {@code <name>.part.etag}). The part's
 * ETag is written before its first byte, so a part left by an earlier run is resumed only while the object is still
 * the same version; the final file appears only by an atomic rename of a part of exactly the object's size, and its
 * ETag follows it. (Replays read {@code .csv}/{@code .csv.gz} only, so the side files never get in their way.)
 */
final class LocalCopy {
  private final RemoteFile remote;
  private final Path target;
  private final Path part;
  private final Path etag;
  private final Path partEtag;

  LocalCopy(Path dest, RemoteFile remote) {
    this.remote = remote;
    this.target = dest.resolve(remote.key()).normalize();
    if (!target.startsWith(dest.normalize())) {
      throw new FlatFileDownloadException("object key " + remote.key() + " points outside " + dest);
    }
    this.part = target.resolveSibling(target.getFileName() + ".part");
    this.etag = target.resolveSibling(target.getFileName() + ".etag");
    this.partEtag = target.resolveSibling(target.getFileName() + ".part.etag");
  }

  Path target() {
    return target;
  }

  /** The final file is there with the object's size (and ETag, when one was recorded). */
  boolean isComplete() throws IOException {
    return Files.isRegularFile(target) && Files.size(target) == remote.size() && sameVersion(etag, true);
  }

  /**
   * The bytes of a part that can be resumed; a part of another object version, or longer than the object, is
   * deleted first. Records the ETag for a part about to start.
   */
  long resumable() throws IOException {
    if (Files.exists(part) && (!sameVersion(partEtag, false) || Files.size(part) > remote.size())) {
      Files.delete(part);
    }
    if (!Files.exists(part)) {
      Files.createDirectories(target.getParent());
      Files.writeString(partEtag, remote.etag(), StandardCharsets.UTF_8);
      return 0;
    }
    return Files.size(part);
  }

  /** Empties the part (the server sent the object from its first byte). */
  void restart() throws IOException {
    Files.deleteIfExists(part);
    resumable();
  }

  /** Appends the stream to the part until it ends or fails; returns the part's length afterwards. */
  long append(InputStream in, ByteBuffer buffer) throws IOException {
    try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      byte[] array = buffer.array();
      try {
        for (int n = in.read(array); n >= 0; n = in.read(array)) {
          buffer.clear().limit(n);
          while (buffer.hasRemaining()) {
            out.write(buffer);
          }
        }
      } finally {
        out.force(false); // what was received stays received, whatever happens next
      }
      return out.size();
    }
  }

  long partLength() throws IOException {
    return Files.exists(part) ? Files.size(part) : 0;
  }

  /** Verifies the part's size and renames it onto the final name in one step. */
  void commit() throws IOException {
    long size = Files.size(part);
    if (size != remote.size()) {
      throw new FlatFileDownloadException(remote.key() + ": downloaded " + size + " bytes, the object has "
          + remote.size());
    }
    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partEtag, etag, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** True when the recorded ETag is the object's; {@code ifAbsent} when none is recorded. */
  private boolean sameVersion(Path recorded, boolean ifAbsent) throws IOException {
    if (!Files.isRegularFile(recorded)) {
      return ifAbsent;
    }
    return Files.readString(recorded, StandardCharsets.UTF_8).trim().equals(remote.etag());
  }
}
