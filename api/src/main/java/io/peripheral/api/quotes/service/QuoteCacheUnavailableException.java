package io.peripheral.api.quotes.service;

import io.peripheral.api.error.ApiError;
import io.peripheral.api.error.ApiException;

/** Redis (the hot-quote cache) cannot be reached or did not answer in time: HTTP 503 for the quotes endpoints. */
public class QuoteCacheUnavailableException extends ApiException {
  public static final String MESSAGE = "the quote cache (Redis) is unreachable, so quotes are unavailable for now; "
      + "bars and symbols are not affected; retry later";

  public QuoteCacheUnavailableException(Throwable cause) {
    super(503, ApiError.of("unavailable", MESSAGE));
    initCause(cause);
  }
}
