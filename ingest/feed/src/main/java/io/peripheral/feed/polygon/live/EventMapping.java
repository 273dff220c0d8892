package io.peripheral.feed.polygon.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.peripheral.schemas.trade.Trade;

/**
 * Maps one element of a Polygon WebSocket frame onto our values. Required fields missing or of the wrong type
 * throw {@link IllegalArgumentException} (the caller counts and skips the event); optional ones take their
 * "absent" values. Polygon sends times in Unix milliseconds; we keep nanoseconds everywhere.
 */
public final class EventMapping {
  private static final long MS = 1_000_000L;
  private static final int[] NONE = new int[0];

  private EventMapping() {}

  /** {@code T}: sym x i z p s ds c t q trfi trft. {@code ds} (fractional size as a string) wins over {@code s}. */
  public static Trade trade(JsonNode n) {
    String symbol = text(n, "sym");
    double size = n.hasNonNull("ds") ? decimal(n, "ds") : number(n, "s");
    long trft = n.hasNonNull("trft") ? longValue(n, "trft") * MS : 0;
    return new Trade(symbol, longValue(n, "t") * MS, 0, number(n, "p"), size, intOr(n, "x", 0),
        intOr(n, "z", 0), ints(n, "c"), n.hasNonNull("i") ? n.get("i").asText() : "", longOr(n, "q", 0), 0,
        intOr(n, "trfi", -1), trft);
  }

  /** {@code Q}: sym bx bp bs ax ap as c i t q z. */
  public static QuoteEvent quote(JsonNode n) {
    return new QuoteEvent(text(n, "sym"), intOr(n, "bx", 0), doubleOr(n, "bp"), doubleOr(n, "bs"),
        intOr(n, "ax", 0), doubleOr(n, "ap"), doubleOr(n, "as"), intOr(n, "c", 0), ints(n, "i"),
        longValue(n, "t") * MS, longOr(n, "q", 0), intOr(n, "z", 0));
  }

  /** {@code A}/{@code AM}: sym v av op vw o c h l a z s e otc. */
  public static AggregateEvent aggregate(AggregateEvent.Kind kind, JsonNode n) {
    return new AggregateEvent(kind, text(n, "sym"), number(n, "v"), doubleOr(n, "av"), doubleOr(n, "op"),
        doubleOr(n, "vw"), number(n, "o"), number(n, "c"), number(n, "h"), number(n, "l"), doubleOr(n, "a"),
        doubleOr(n, "z"), longValue(n, "s") * MS, longValue(n, "e") * MS, n.path("otc").asBoolean(false));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException("missing " + field);
    }
    return v.asText();
  }

  private static double number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException("missing or non-numeric " + field);
    }
    return v.doubleValue();
  }

  private static double decimal(JsonNode n, String field) {
    JsonNode v = n.get(field);
    try {
      return v.isNumber() ? v.doubleValue() : Double.parseDouble(v.asText());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("unparsable " + field + " '" + v.asText() + "'");
    }
  }

  private static long longValue(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.canConvertToLong()) {
      throw new IllegalArgumentException("missing or non-integer " + field);
    }
    return v.longValue();
  }

  private static long longOr(JsonNode n, String field, long absent) {
    JsonNode v = n.get(field);
    return v == null || !v.canConvertToLong() ? absent : v.longValue();
  }

  private static int intOr(JsonNode n, String field, int absent) {
    JsonNode v = n.get(field);
    return v == null || !v.canConvertToInt() ? absent : v.intValue();
  }

  private static double doubleOr(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isNumber() ? 0 : v.doubleValue();
  }

  private static int[] ints(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray() || v.isEmpty()) {
      return NONE;
    }
    int[] out = new int[v.size()];
    for (int i = 0; i < out.length; i++) {
      if (!v.get(i).canConvertToInt()) {
        throw new IllegalArgumentException("non-integer in " + field);
      }
      out[i] = v.get(i).intValue();
    }
    return out;
  }
}
