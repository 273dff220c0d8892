package io.peripheral.api.error;

/** A request parameter is malformed or out of range: HTTP 400 naming the parameter and the value. */
public class BadParameterException extends ApiException {
  public BadParameterException(String parameter, String value, String message) {
    super(400, new ApiError("bad_request", message, parameter, value));
  }
}
