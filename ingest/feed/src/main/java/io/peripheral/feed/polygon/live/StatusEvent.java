package io.peripheral.feed.polygon.live;

/** A Polygon {@code status} message: {@code connected}, {@code auth_success}, {@code auth_failed}, {@code success}, {@code max_connections}, ... */
public record StatusEvent(String status, String message) {
  public StatusEvent {
    status = status == null ? "" : status;
    message = message == null ? "" : message;
  }

  public boolean is(String s) {
    return status.equals(s);
  }
}
