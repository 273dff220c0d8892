package io.peripheral.schemas.quote;

/** A quotes record could not be encoded or decoded as Arrow. */
public final class QuoteCodecException extends RuntimeException {
  public QuoteCodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
