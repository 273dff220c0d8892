package io.peripheral.api.error;

/**
 * Root of the API's exceptions that end as an HTTP error with an {@link ApiError} body (see
 * {@link ApiExceptionMapper}).
 */
public class ApiException extends RuntimeException {
  private final int status;
  private final ApiError body;

  public ApiException(int status, ApiError body) {
    super(body.message());
    this.status = status;
    this.body = body;
  }

  public int status() {
    return status;
  }

  public ApiError body() {
    return body;
  }
}
