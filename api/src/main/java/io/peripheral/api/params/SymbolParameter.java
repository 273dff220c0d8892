package io.peripheral.api.params;

import io.peripheral.api.error.BadParameterException;
import java.util.regex.Pattern;

/** A symbol code: 1 to 40 letters, digits, {@code . : _ -} (e.g. {@code AAPL}, {@code BRK.A}, {@code X:BTCUSD}). */
public final class SymbolParameter {
  public static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9.:_-]{1,40}");

  private SymbolParameter() {}

  public static String parse(String parameter, String value) {
    if (value == null || !SYMBOL.matcher(value).matches()) {
      throw new BadParameterException(parameter, value,
          parameter + " must be 1 to 40 letters, digits, '.', ':', '_' or '-'");
    }
    return value;
  }
}
