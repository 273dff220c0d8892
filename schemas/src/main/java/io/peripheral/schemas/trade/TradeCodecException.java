package io.peripheral.schemas.trade;

/** A trades record could not be encoded or decoded as Arrow. */
public final class TradeCodecException extends RuntimeException {
  public TradeCodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
