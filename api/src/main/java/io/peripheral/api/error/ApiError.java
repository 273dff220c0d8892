package io.peripheral.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The one error body of the API: {@code {"error":"bad_request","message":"...","parameter":"interval","value":"2m"}}.
 * {@code parameter} and {@code value} are present only when one request parameter is at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String parameter, String value) {

  public ApiError {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(message, "message");
  }

  public static ApiError of(String error, String message) {
    return new ApiError(error, message, null, null);
  }
}
