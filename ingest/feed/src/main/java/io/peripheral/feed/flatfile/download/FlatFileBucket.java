package io.peripheral.feed.flatfile.download;

import java.io.InputStream;
import java.util.List;

/**
 * Where flat files are downloaded from: Polygon's S3-compatible endpoint in production ({@link S3FlatFileBucket}).
 * A seam so the downloader's resume and retry logic can be tested without a network.
 */
public interface FlatFileBucket extends AutoCloseable {
  /** Every object under {@code prefix}, following continuation tokens. */
  List<RemoteFile> list(String prefix);

  /**
   * The object's bytes from offset {@code from} on (a Range request when {@code from > 0}).
   *
   * @throws MissingFileException when the object is gone
   * @throws FlatFileAccessDeniedException when the keys are refused
   * @throws TransferInterruptedException on a network failure worth retrying
   */
  Body open(String key, long from);

  /**
   * An open object body. {@code startsAt} is where its bytes begin: 0 when the server ignored the Range and sent
   * the whole object.
   */
  record Body(InputStream stream, long startsAt) implements AutoCloseable {
    @Override
    public void close() {
      try {
        stream.close();
      } catch (java.io.IOException ignored) {
        // an aborted body: nothing left to read or keep
      }
    }
  }

  @Override
  void close();
}
