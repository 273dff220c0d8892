package io.peripheral.feed.flatfile.download;

/** The endpoint refused the access keys (HTTP 403): a configuration mistake, so the message names what to set. */
public class FlatFileAccessDeniedException extends FlatFileDownloadException {
  public FlatFileAccessDeniedException(String what, String serverCode) {
    super(what + " was refused (HTTP 403" + (serverCode == null || serverCode.isBlank() ? "" : " " + serverCode)
        + "): set POLYGON_S3_ACCESS_KEY_ID and POLYGON_S3_SECRET_ACCESS_KEY (environment or .env) to the flat-file "
        + "keys of your Polygon dashboard");
  }
}
