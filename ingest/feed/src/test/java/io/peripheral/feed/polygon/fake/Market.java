package io.peripheral.feed.polygon.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peripheral.feed.polygon.rest.RestTradeMapping;
import io.peripheral.schemas.trade.Trade;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fake's market: the trades of the {@code polygon/v3-trades-<TICKER>.json} fixtures (Polygon's REST format),
 * the truth that both the fake WebSocket stream and the fake REST endpoint serve.
 */
public final class Market {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One trade of the fixture: its ticker and its REST result object. */
  public record Print(String ticker, JsonNode rest) {
    public long sipNanos() {
      return rest.get("sip_timestamp").asLong();
    }

    public Trade trade() {
      return RestTradeMapping.trade(ticker, rest);
    }

    /** The same trade as a WebSocket {@code T} event (times in ms; optional fields only when present). */
    public ObjectNode wsEvent() {
      ObjectNode e = JSON.createObjectNode().put("ev", "T").put("sym", ticker);
      e.put("x", rest.get("exchange").asInt()).put("i", rest.get("id").asText()).put("z", rest.get("tape").asInt())
          .put("p", rest.get("price").asDouble()).put("s", rest.get("size").asLong());
      if (rest.has("decimal_size")) {
        e.put("ds", rest.get("decimal_size").asText());
      }
      if (rest.has("conditions")) {
        e.set("c", rest.get("conditions"));
      }
      e.put("t", sipNanos() / 1_000_000L).put("q", rest.get("sequence_number").asLong());
      if (rest.has("trf_id")) {
        e.put("trfi", rest.get("trf_id").asInt()).put("trft", rest.get("trf_timestamp").asLong() / 1_000_000L);
      }
      return e;
    }
  }

  private final List<Print> prints;

  private Market(List<Print> prints) {
    this.prints = List.copyOf(prints);
  }

  /** Loads the fixtures of the given tickers; all prints sorted by (sip time, ticker). */
  public static Market load(String... tickers) {
    List<Print> all = new ArrayList<>();
    for (String t : tickers) {
      try (InputStream in = Market.class.getResourceAsStream("/polygon/v3-trades-" + t + ".json")) {
        for (JsonNode r : JSON.readTree(in).get("results")) {
          all.add(new Print(t, r));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    all.sort(Comparator.comparingLong(Print::sipNanos).thenComparing(Print::ticker));
    return new Market(all);
  }

  public List<Print> prints() {
    return prints;
  }

  /** Prints of one ticker with {@code gte <= sip < lt}, in SIP order. */
  public List<Print> range(String ticker, long gte, long lt) {
    return prints.stream().filter(p -> p.ticker.equals(ticker) && p.sipNanos() >= gte && p.sipNanos() < lt).toList();
  }

  public long firstMs() {
    return prints.get(0).sipNanos() / 1_000_000L;
  }

  public long lastMs() {
    return prints.get(prints.size() - 1).sipNanos() / 1_000_000L;
  }

  public static String resource(String name) {
    try (InputStream in = Market.class.getResourceAsStream("/polygon/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
