package io.peripheral.feed.polygon.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.peripheral.schemas.calendar.CalendarDay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Polygon's reference JSON onto records. Each method throws {@link IllegalArgumentException} for a row it
 * cannot use (missing ticker or date, bad numbers): the loader counts and skips it.
 */
public final class ReferenceMapping {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  // The calendar is for the stock venues we take bars from; OTC's holidays follow them but its hours differ.
  private static final Set<String> EXCHANGES = Set.of("NYSE", "NASDAQ");

  private ReferenceMapping() {
  }

  /** A {@code /v3/reference/tickers} result; {@code last_updated_utc} when present, else {@code now}. */
  public static Ticker ticker(JsonNode r, Instant now) {
    String updated = text(r, "last_updated_utc");
    return new Ticker(required(r, "ticker"), text(r, "name"), text(r, "type"), text(r, "market"),
        text(r, "primary_exchange"), r.path("active").asBoolean(true),
        updated == null ? now : Instant.parse(updated));
  }

  /** A {@code /v3/reference/splits} result. */
  public static Split split(JsonNode r) {
    return new Split(required(r, "ticker"), LocalDate.parse(required(r, "execution_date")),
        number(r, "split_from"), number(r, "split_to"));
  }

  /** A {@code /v3/reference/dividends} result. */
  public static Dividend dividend(JsonNode r) {
    return new Dividend(required(r, "ticker"), LocalDate.parse(required(r, "ex_dividend_date")),
        number(r, "cash_amount"));
  }

  /**
   * {@code /v1/marketstatus/upcoming} (a bare array with one entry per exchange and day) folded into one row per
   * day over NYSE and Nasdaq: closed when either is closed, else the earliest close. Open and close arrive as
   * UTC instants and are stored as New York times.
   */
  public static List<CalendarDay> calendar(JsonNode upcoming) {
    if (!upcoming.isArray()) {
      throw new IllegalArgumentException("/v1/marketstatus/upcoming did not return an array");
    }
    Map<LocalDate, CalendarDay> days = new TreeMap<>();
    for (JsonNode e : upcoming) {
      if (!EXCHANGES.contains(e.path("exchange").asText("").toUpperCase())) {
        continue;
      }
      CalendarDay d = new CalendarDay(LocalDate.parse(required(e, "date").substring(0, 10)),
          CalendarDay.Status.parse(required(e, "status")), localTime(text(e, "open")), localTime(text(e, "close")),
          text(e, "name"));
      days.merge(d.day(), d, ReferenceMapping::stricter);
    }
    return List.copyOf(new ArrayList<>(days.values()));
  }

  /**
   * {@code /v1/marketstatus/now}: {@code {"market":"open|closed|extended-hours","earlyHours":bool,
   * "afterHours":bool,"serverTime":"2020-11-10T17:37:37-05:00","exchanges":{"nyse":"open",...},...}}.
   */
  public static PolygonMarketNow marketNow(JsonNode now) {
    Map<String, String> exchanges = new TreeMap<>();
    now.path("exchanges").fields().forEachRemaining(e -> exchanges.put(e.getKey(), e.getValue().asText()));
    return new PolygonMarketNow(required(now, "market"), now.path("earlyHours").asBoolean(false),
        now.path("afterHours").asBoolean(false), OffsetDateTime.parse(required(now, "serverTime")).toInstant(),
        exchanges);
  }

  private static CalendarDay stricter(CalendarDay a, CalendarDay b) {
    if (a.status() == CalendarDay.Status.CLOSED) {
      return a;
    }
    if (b.status() == CalendarDay.Status.CLOSED) {
      return b;
    }
    return b.close() != null && (a.close() == null || b.close().isBefore(a.close())) ? b : a;
  }

  private static LocalTime localTime(String instant) {
    return instant == null ? null : OffsetDateTime.parse(instant).atZoneSameInstant(NEW_YORK).toLocalTime();
  }

  private static String required(JsonNode r, String field) {
    String s = text(r, field);
    if (s == null) {
      throw new IllegalArgumentException("missing " + field + " in " + abbreviated(r));
    }
    return s;
  }

  private static String text(JsonNode r, String field) {
    JsonNode n = r.get(field);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }

  private static BigDecimal number(JsonNode r, String field) {
    JsonNode n = r.get(field);
    if (n == null || !n.isNumber()) {
      throw new IllegalArgumentException("missing or non-numeric " + field + " in " + abbreviated(r));
    }
    return n.decimalValue();
  }

  private static String abbreviated(JsonNode r) {
    String s = r.toString();
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }
}
