package io.peripheral.feed.polygon.rest;

import io.peripheral.feed.FeedException;

/** A Polygon REST request failed for good (after retries, or with a status that retrying cannot fix). */
public class PolygonRestException extends FeedException {
  private final int status;

  public PolygonRestException(String message) {
    this(message, 0, null);
  }

  public PolygonRestException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** HTTP status, 0 when there was no response. */
  public int status() {
    return status;
  }
}
