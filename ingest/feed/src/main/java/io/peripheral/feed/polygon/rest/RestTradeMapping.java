package io.peripheral.feed.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.peripheral.schemas.trade.Trade;

/**
 * One result of {@code /v3/trades/{ticker}} as a {@link Trade}: the same fields as the flat files (timestamps
 * already in nanoseconds). Missing or wrongly typed required fields throw {@link IllegalArgumentException}.
 */
public final class RestTradeMapping {
  private static final int[] NONE = new int[0];

  private RestTradeMapping() {}

  public static Trade trade(String ticker, JsonNode n) {
    JsonNode price = n.get("price");
    JsonNode size = n.hasNonNull("decimal_size") ? n.get("decimal_size") : n.get("size");
    JsonNode sip = n.get("sip_timestamp");
    if (price == null || !price.isNumber() || size == null || sip == null || !sip.canConvertToLong()) {
      throw new IllegalArgumentException("missing price, size or sip_timestamp");
    }
    double qty;
    try {
      qty = size.isNumber() ? size.doubleValue() : Double.parseDouble(size.asText());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("unparsable size '" + size.asText() + "'");
    }
    return new Trade(ticker, sip.longValue(), n.path("participant_timestamp").asLong(0), price.doubleValue(), qty,
        n.path("exchange").asInt(0), n.path("tape").asInt(0), ints(n.get("conditions")), n.path("id").asText(""),
        n.path("sequence_number").asLong(0), n.path("correction").asInt(0),
        n.hasNonNull("trf_id") ? n.get("trf_id").asInt() : -1, n.path("trf_timestamp").asLong(0));
  }

  private static int[] ints(JsonNode a) {
    if (a == null || !a.isArray() || a.isEmpty()) {
      return NONE;
    }
    int[] out = new int[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asInt();
    }
    return out;
  }
}
