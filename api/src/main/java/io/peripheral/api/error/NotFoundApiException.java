package io.peripheral.api.error;

/** The addressed thing (a symbol, a route) does not exist: HTTP 404. */
public class NotFoundApiException extends ApiException {
  public NotFoundApiException(String message) {
    super(404, ApiError.of("not_found", message));
  }
}
