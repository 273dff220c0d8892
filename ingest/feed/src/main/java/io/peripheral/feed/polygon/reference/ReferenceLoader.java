package io.peripheral.feed.polygon.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.schemas.calendar.CalendarDay;
import io.peripheral.schemas.calendar.MarketCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;

/** Fetches reference data from Polygon (following next_url) and hands it to the {@link ReferenceStore}. */
public final class ReferenceLoader {
  private static final Logger LOG = Logger.getLogger(ReferenceLoader.class);
  static final String TICKERS = "/v3/reference/tickers?market=stocks&active=true&limit=1000";
  static final String SPLITS = "/v3/reference/splits?limit=1000";
  static final String DIVIDENDS = "/v3/reference/dividends?limit=1000";
  static final String UPCOMING = "/v1/marketstatus/upcoming";
  static final String NOW = "/v1/marketstatus/now";

  /**
   * Rows stored and rows skipped (unusable) per kind; with the calendar, Polygon's market status now compared with
   * it (null when the calendar was not loaded or {@code /now} failed).
   */
  public record Result(Map<ReferenceKind, Integer> stored, Map<ReferenceKind, Integer> skipped,
      MarketStatusCheck.Result marketNow) {
    public Result {
      stored = Map.copyOf(stored);
      skipped = Map.copyOf(skipped);
    }
  }

  private final PolygonRestClient client;
  private final ReferenceStore store;

  public ReferenceLoader(PolygonRestClient client, ReferenceStore store) {
    this.client = client;
    this.store = store;
  }

  /** Loads the kinds asked for; a REST or database failure propagates (the earlier rows stay). */
  public Result load(Set<ReferenceKind> kinds) {
    Map<ReferenceKind, Integer> stored = new EnumMap<>(ReferenceKind.class);
    Map<ReferenceKind, Integer> skipped = new EnumMap<>(ReferenceKind.class);
    MarketStatusCheck.Result marketNow = null;
    for (ReferenceKind kind : kinds) {
      Mapped<?> m = switch (kind) {
        case TICKERS -> {
          Instant now = Instant.now();
          Mapped<Ticker> t = paged(TICKERS, r -> ReferenceMapping.ticker(r, now));
          store.upsertTickers(t.rows);
          yield t;
        }
        case SPLITS -> {
          Mapped<Split> s = paged(SPLITS, ReferenceMapping::split);
          store.upsertSplits(s.rows);
          yield s;
        }
        case DIVIDENDS -> {
          Mapped<Dividend> d = paged(DIVIDENDS, ReferenceMapping::dividend);
          store.upsertDividends(d.rows);
          yield d;
        }
        case CALENDAR -> {
          List<CalendarDay> days = ReferenceMapping.calendar(client.get(UPCOMING));
          store.upsertCalendar(days);
          // the status now against the days just loaded: an unscheduled closure shows up here first. A failure
          // of this one request is logged, not thrown: it must not fail (and so repeat) the whole load
          marketNow = MarketStatusCheck.fetchAndCheck(client, () -> MarketCalendar.withTable(days));
          yield new Mapped<>(days, 0);
        }
      };
      stored.put(kind, m.rows.size());
      skipped.put(kind, m.skipped);
      LOG.infof("Polygon reference %s: %d stored, %d skipped", kind.name().toLowerCase(), m.rows.size(), m.skipped);
    }
    return new Result(stored, skipped, marketNow);
  }

  private record Mapped<T>(List<T> rows, int skipped) {
  }

  private <T> Mapped<T> paged(String first, Function<JsonNode, T> mapper) {
    List<T> rows = new ArrayList<>();
    int skipped = 0;
    for (Iterator<JsonNode> pages = client.pages(first); pages.hasNext(); ) {
      for (JsonNode r : pages.next().path("results")) {
        try {
          rows.add(mapper.apply(r));
        } catch (RuntimeException e) {
          // one bad row (no ticker, a malformed date) must not cost the whole load; counted and sampled
          if (skipped++ < 5) {
            LOG.warnf("skipping reference row: %s", e.getMessage());
          }
        }
      }
    }
    return new Mapped<>(rows, skipped);
  }
}
