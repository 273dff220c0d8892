package io.peripheral.schemas.agg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * The JSON of a {@link PolygonAgg} on the aggregates topic: snake_case, times in epoch ns, absent optional values
 * written as {@code null}. {@link #FIELDS} is the contract the JSON Schema is generated from.
 */
public final class PolygonAggJson {
  public static final List<String> FIELDS = List.of("symbol", "timespan", "start", "end", "open", "high", "low",
      "close", "volume", "vwap", "transactions", "accumulated_volume", "official_open", "day_vwap", "average_size",
      "otc", "source");
  /** Always present (never null). */
  public static final List<String> REQUIRED = List.of("symbol", "timespan", "start", "end", "open", "high", "low",
      "close", "volume", "source");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PolygonAggJson() {}

  public static byte[] write(PolygonAgg a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("symbol", a.symbol());
    n.put("timespan", a.timespan().code());
    n.put("start", a.start());
    n.put("end", a.end());
    n.put("open", a.open());
    n.put("high", a.high());
    n.put("low", a.low());
    n.put("close", a.close());
    n.put("volume", a.volume());
    n.put("vwap", a.vwap());
    n.put("transactions", a.transactions());
    n.put("accumulated_volume", a.accumulatedVolume());
    n.put("official_open", a.officialOpen());
    n.put("day_vwap", a.dayVwap());
    n.put("average_size", a.averageSize());
    n.put("otc", a.otc());
    n.put("source", a.source().code());
    try {
      return MAPPER.writeValueAsBytes(n);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write an aggregate as JSON", e);
    }
  }

  /** Reads one record value; throws {@link IllegalArgumentException} naming what is wrong. */
  public static PolygonAgg read(byte[] json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("aggregate is not JSON: " + e.getMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("aggregate must be a JSON object");
    }
    for (String field : REQUIRED) {
      if (!n.hasNonNull(field)) {
        throw new IllegalArgumentException("aggregate has no '" + field + "'");
      }
    }
    Timespan timespan = Timespan.fromCode(n.get("timespan").asText())
        .orElseThrow(() -> new IllegalArgumentException("unknown timespan " + n.get("timespan")));
    AggSource source = AggSource.fromCode(n.get("source").asText())
        .orElseThrow(() -> new IllegalArgumentException("unknown source " + n.get("source")));
    return new PolygonAgg(n.get("symbol").asText(), timespan, n.get("start").asLong(), n.get("end").asLong(),
        n.get("open").asDouble(), n.get("high").asDouble(), n.get("low").asDouble(), n.get("close").asDouble(),
        n.get("volume").asDouble(), optDouble(n, "vwap"), n.hasNonNull("transactions") ? n.get("transactions").asLong()
        : null, optDouble(n, "accumulated_volume"), optDouble(n, "official_open"), optDouble(n, "day_vwap"),
        optDouble(n, "average_size"), n.hasNonNull("otc") ? n.get("otc").asBoolean() : null, source);
  }

  private static Double optDouble(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asDouble() : null;
  }
}
