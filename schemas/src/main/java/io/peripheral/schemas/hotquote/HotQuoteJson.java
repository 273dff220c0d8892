package io.peripheral.schemas.hotquote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The JSON of the hot-quote cache's hash fields (see {@link HotQuoteKeys}): {@code trade} =
 * {@code {"price":..,"size":..,"exchange":..,"conditions":[..],"sip_timestamp":ns}}, {@code nbbo} =
 * {@code {"bid_price":..,"bid_size":..,"bid_exchange":..,"ask_price":..,"ask_size":..,"ask_exchange":..,
 * "sip_timestamp":ns}}. Written by the feed, read by the API.
 */
public final class HotQuoteJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HotQuoteJson() {}

  public static String write(LastTrade t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("price", t.price());
    n.put("size", t.size());
    n.put("exchange", t.exchange());
    ArrayNode c = n.putArray("conditions");
    for (int v : t.conditions()) {
      c.add(v);
    }
    n.put("sip_timestamp", t.sipTimestamp());
    return n.toString();
  }

  public static String write(Nbbo q) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("bid_price", q.bidPrice());
    n.put("bid_size", q.bidSize());
    n.put("bid_exchange", q.bidExchange());
    n.put("ask_price", q.askPrice());
    n.put("ask_size", q.askSize());
    n.put("ask_exchange", q.askExchange());
    n.put("sip_timestamp", q.sipTimestamp());
    return n.toString();
  }

  /** Reads a {@code trade} field; throws {@link IllegalArgumentException} when it is not one. */
  public static LastTrade readTrade(String json) {
    JsonNode n = tree(json);
    JsonNode c = n.path("conditions");
    int[] conditions = new int[c.isArray() ? c.size() : 0];
    for (int i = 0; i < conditions.length; i++) {
      conditions[i] = c.get(i).asInt();
    }
    return new LastTrade(n.path("price").asDouble(), n.path("size").asDouble(), n.path("exchange").asInt(),
        conditions, n.path("sip_timestamp").asLong());
  }

  /** Reads an {@code nbbo} field; throws {@link IllegalArgumentException} when it is not one. */
  public static Nbbo readNbbo(String json) {
    JsonNode n = tree(json);
    return new Nbbo(n.path("bid_price").asDouble(), n.path("bid_size").asDouble(), n.path("bid_exchange").asInt(),
        n.path("ask_price").asDouble(), n.path("ask_size").asDouble(), n.path("ask_exchange").asInt(),
        n.path("sip_timestamp").asLong());
  }

  private static JsonNode tree(String json) {
    try {
      JsonNode n = MAPPER.readTree(json);
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException("hot-quote field is not a JSON object");
      }
      return n;
    } catch (IOException e) {
      throw new IllegalArgumentException("hot-quote field is not JSON: " + e.getMessage(), e);
    }
  }
}
