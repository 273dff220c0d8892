package io.peripheral.feed.flatfile.download;

import io.peripheral.feed.FeedException;

/** A flat-file download failed for good: after its retries, or for a reason retrying cannot fix. */
public class FlatFileDownloadException extends FeedException {
  public FlatFileDownloadException(String message) {
    super(message);
  }

  public FlatFileDownloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
