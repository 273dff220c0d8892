package io.peripheral.feed.flatfile.download;

/** An object the listing named is gone (HTTP 404): skipped and reported, the other files go on. */
public class MissingFileException extends FlatFileDownloadException {
  public MissingFileException(String key) {
    super("no such object: " + key);
  }
}
