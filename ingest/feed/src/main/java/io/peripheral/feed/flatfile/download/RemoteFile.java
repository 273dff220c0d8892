package io.peripheral.feed.flatfile.download;

import java.util.Objects;

/**
 * One object of the bucket as its listing describes it.
 *
 * @param etag the object's ETag without quotes (identifies the version: a republished file gets a new one)
 */
public record RemoteFile(String key, long size, String etag) {
  public RemoteFile {
    Objects.requireNonNull(key, "key");
    if (size < 0) {
      throw new IllegalArgumentException("negative size " + size + " of " + key);
    }
    etag = etag == null ? "" : etag.replace("\"", "");
  }
}
