package io.peripheral.feed.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Polygon's trade conditions and exchanges, loaded at start and cached; {@link #refreshIfStale} reloads them
 * when older than a day. If loading fails the previous data stays (and without any, {@link #conditionTable()}
 * is empty: the bars keep their built-in table).
 */
public final class ReferenceData {
  private static final Logger LOG = Logger.getLogger(ReferenceData.class);
  static final String CONDITIONS = "/v3/reference/conditions?asset_class=stocks&data_type=trade&limit=1000";
  static final String EXCHANGES = "/v3/reference/exchanges?asset_class=stocks";

  private final PolygonRestClient client;
  private final Supplier<Instant> clock;
  private final Duration maxAge;
  private volatile ConditionTable conditions;
  private volatile Map<Integer, Exchange> exchanges = Map.of();
  private volatile Instant loadedAt;

  public ReferenceData(PolygonRestClient client, Supplier<Instant> clock, Duration maxAge) {
    this.client = client;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  /** Loads both endpoints; returns false (and keeps what it had) when Polygon cannot be reached. */
  public boolean load() {
    try {
      List<JsonNode> results = new ArrayList<>();
      for (Iterator<JsonNode> pages = client.pages(CONDITIONS); pages.hasNext(); ) {
        pages.next().path("results").forEach(results::add);
      }
      ConditionTable table = ConditionTable.fromReference(results);
      Map<Integer, Exchange> ex = new TreeMap<>();
      for (Iterator<JsonNode> pages = client.pages(EXCHANGES); pages.hasNext(); ) {
        for (JsonNode e : pages.next().path("results")) {
          ex.put(e.path("id").asInt(), new Exchange(e.path("id").asInt(), e.path("name").asText(""),
              e.path("mic").asText(""), e.path("type").asText("")));
        }
      }
      conditions = table;
      exchanges = Map.copyOf(ex);
      loadedAt = clock.get();
      LOG.infof("Polygon reference data: %d conditions (table %s), %d exchanges", table.masks().size(),
          table.version(), ex.size());
      return true;
    } catch (RuntimeException e) {
      LOG.warnf("could not load Polygon reference data (%s); keeping %s", e.getMessage(),
          conditions == null ? "the built-in condition table" : conditions.version());
      return false;
    }
  }

  public void refreshIfStale() {
    Instant at = loadedAt;
    if (at == null || Duration.between(at, clock.get()).compareTo(maxAge) >= 0) {
      load();
    }
  }

  public Optional<ConditionTable> conditionTable() {
    return Optional.ofNullable(conditions);
  }

  public Map<Integer, Exchange> exchanges() {
    return exchanges;
  }
}
