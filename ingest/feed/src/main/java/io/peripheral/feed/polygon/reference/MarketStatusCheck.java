package io.peripheral.feed.polygon.reference;

import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.calendar.MarketPhase;
import io.peripheral.schemas.calendar.TradingDay;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Compares Polygon's {@code /v1/marketstatus/now} with what our {@link MarketCalendar} expects at Polygon's server
 * time. A disagreement is worth a warning: an unscheduled closure (Polygon closed, calendar open) means no trades
 * will come and the market_calendar table should get a row; the other way round, our rules miss a trading day.
 */
public final class MarketStatusCheck {
  private static final Logger LOG = Logger.getLogger(MarketStatusCheck.class);
  /** Near a transition (04:00, 09:30, close) clocks and Polygon's own switch may differ by a little. */
  static final Duration TOLERANCE = Duration.ofMinutes(2);

  /** The outcome: what Polygon said, what the calendar expected, and a line for the log. */
  public record Result(PolygonMarketNow polygon, MarketPhase expected, boolean agrees, String message) {
  }

  private MarketStatusCheck() {}

  /** Fetches {@code /v1/marketstatus/now}, compares and logs; a REST failure is logged, never thrown. */
  public static Result fetchAndCheck(PolygonRestClient client, Supplier<MarketCalendar> calendar) {
    try {
      return check(ReferenceMapping.marketNow(client.get(ReferenceLoader.NOW)), calendar.get());
    } catch (RuntimeException e) {
      LOG.warnf("could not check Polygon's market status (%s); trying again at the next check", e.getMessage());
      return null;
    }
  }

  /** Compares and logs: info when they agree, a warning when they do not. */
  public static Result check(PolygonMarketNow now, MarketCalendar calendar) {
    Result r = compare(now, calendar);
    if (r.agrees()) {
      LOG.info(r.message());
    } else {
      LOG.warn(r.message());
    }
    return r;
  }

  static Result compare(PolygonMarketNow now, MarketCalendar calendar) {
    Instant t = now.serverTime();
    MarketPhase expected = calendar.phaseAt(t);
    String polygon = now.market().toLowerCase(Locale.ROOT);
    boolean agrees = matches(polygon, expected) || matches(polygon, calendar.phaseAt(t.minus(TOLERANCE)))
        || matches(polygon, calendar.phaseAt(t.plus(TOLERANCE)));
    TradingDay day = calendar.dayOf(t);
    String calendarSays = expected.wire() + (day.isOpen() ? (day.isEarlyClose() ? ", early close at "
        + day.close() : "") : " (" + day.closedReason() + ")");
    String message;
    if (agrees) {
      message = "Polygon market status at " + t + ": " + polygon + ", as the calendar expects (" + calendarSays + ")";
    } else if (polygon.equals("closed")) {
      message = "Polygon says the market is closed at " + t + " but the calendar expects " + calendarSays
          + ": an unscheduled closure? Add a 'closed' row to market_calendar for " + day.date()
          + " so the synthetic feed, backfill and /api/market/status agree";
    } else {
      message = "Polygon says the market is " + polygon + " at " + t + " but the calendar expects " + calendarSays
          + " (exchanges " + now.exchanges() + "): check market_calendar and the built-in NYSE rules";
    }
    return new Result(now, expected, agrees, message);
  }

  private static boolean matches(String polygon, MarketPhase phase) {
    return switch (polygon) {
      case "open" -> phase == MarketPhase.REGULAR;
      case "extended-hours" -> phase.isExtended();
      case "closed" -> phase == MarketPhase.CLOSED;
      default -> false;
    };
  }
}
