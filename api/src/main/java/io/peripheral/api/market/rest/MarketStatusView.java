package io.peripheral.api.market.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.peripheral.schemas.calendar.MarketStatus;
import io.peripheral.schemas.calendar.TradingDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/market/status}, in snake_case like the API's other bodies ({@code early_close}, {@code next_open}).
 *
 * @param market {@code open} (the regular session), {@code pre-market}, {@code after-hours} or {@code closed}
 * @param day the New York day {@code at} falls in
 * @param session that day's regular session, null when the market is closed all day
 * @param holiday the holiday's name when the day is a market holiday; null on weekends and trading days
 * @param nextOpen the next regular-session open after {@code at}
 * @param source {@code table} when the day comes from the market_calendar table (Polygon), {@code rules} when from
 *     the built-in NYSE rules
 */
@JsonPropertyOrder({"market", "day", "session", "early_close", "holiday", "next_open", "at", "source"})
public record MarketStatusView(
    @Schema(enumeration = {"open", "closed", "pre-market", "after-hours"}) String market, LocalDate day,
    Session session, @JsonProperty("early_close") boolean earlyClose, String holiday,
    @JsonProperty("next_open") Instant nextOpen, Instant at,
    @Schema(enumeration = {"table", "rules"}) String source) {

  /** A regular session, as instants. */
  public record Session(Instant open, Instant close) {
  }

  public static MarketStatusView of(MarketStatus s) {
    TradingDay d = s.day();
    Session session = d.isOpen() ? new Session(d.sessionOpen().toInstant(), d.sessionClose().toInstant()) : null;
    String holiday = d.isOpen() ? null : d.name();
    return new MarketStatusView(s.phase().wire(), d.date(), session, d.isEarlyClose(), holiday,
        s.nextOpen().toInstant(), s.at(), d.source().name().toLowerCase(Locale.ROOT));
  }
}
