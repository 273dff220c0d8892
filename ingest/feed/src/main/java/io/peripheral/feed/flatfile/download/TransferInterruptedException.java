package io.peripheral.feed.flatfile.download;

/** A request or a body transfer broke off (connection reset, timeout, 5xx): retried from the bytes already kept. */
public class TransferInterruptedException extends FlatFileDownloadException {
  public TransferInterruptedException(String message, Throwable cause) {
    super(message, cause);
  }
}
