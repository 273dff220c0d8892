package io.peripheral.feed.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Polygon's reference bars: {@code /v2/aggs/ticker/{ticker}/range/{multiplier}/{timespan}/{from}/{to}}, unadjusted. */
public final class RestAggregates {
  private final PolygonRestClient client;

  public RestAggregates(PolygonRestClient client) {
    this.client = client;
  }

  public List<PolygonBar> range(String ticker, int multiplier, String timespan, LocalDate from, LocalDate to) {
    if (multiplier < 1 || !List.of("second", "minute", "hour", "day", "week", "month", "quarter", "year")
        .contains(timespan)) {
      throw new IllegalArgumentException("bad aggregate range " + multiplier + " " + timespan);
    }
    String path = "/v2/aggs/ticker/" + URLEncoder.encode(ticker, StandardCharsets.UTF_8) + "/range/" + multiplier
        + "/" + timespan + "/" + from + "/" + to + "?adjusted=false&sort=asc&limit=50000";
    List<PolygonBar> out = new ArrayList<>();
    for (Iterator<JsonNode> pages = client.pages(path); pages.hasNext(); ) {
      for (JsonNode r : pages.next().path("results")) {
        out.add(new PolygonBar(ticker, r.path("t").asLong() * 1_000_000L, r.path("o").asDouble(),
            r.path("h").asDouble(), r.path("l").asDouble(), r.path("c").asDouble(), r.path("v").asDouble(),
            r.path("vw").asDouble(), r.path("n").asLong()));
      }
    }
    return out;
  }
}
