package io.peripheral.feed.polygon.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peripheral.feed.polygon.fake.Market;
import io.peripheral.schemas.calendar.CalendarDay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceMappingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static JsonNode fixture(String name) throws Exception {
    return JSON.readTree(Market.resource(name));
  }

  @Test
  void mapsTickerFieldsAndKeepsPolygonsUpdateTime() throws Exception {
    Ticker spy = ReferenceMapping.ticker(fixture("v3-reference-tickers-1.json").path("results").get(2), NOW);
    assertThat(spy).isEqualTo(new Ticker("SPY", "SPDR S&P 500 ETF Trust", "ETF", "stocks", "ARCX", true,
        Instant.parse("2024-01-02T00:00:00Z")));
  }

  @Test
  void tickerWithoutUpdateTimeIsStampedNowAndMissingFieldsAreNull() throws Exception {
    Ticker t = ReferenceMapping.ticker(JSON.readTree("{\"ticker\":\"XYZ\",\"active\":false}"), NOW);
    assertThat(t).isEqualTo(new Ticker("XYZ", null, null, null, null, false, NOW));
  }

  @Test
  void rejectsTickerRowWithoutTicker() throws Exception {
    JsonNode broken = fixture("v3-reference-tickers-2.json").path("results").get(2);
    assertThatThrownBy(() -> ReferenceMapping.ticker(broken, NOW)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing ticker");
  }

  @Test
  void mapsSplitsIncludingReverseSplitsAndRejectsOneWithoutDate() throws Exception {
    JsonNode results = fixture("v3-reference-splits.json").path("results");
    assertThat(ReferenceMapping.split(results.get(0)))
        .isEqualTo(new Split("AAPL", LocalDate.of(2020, 8, 31), BigDecimal.ONE, new BigDecimal("4")));
    Split reverse = ReferenceMapping.split(results.get(2));
    assertThat(reverse.splitFrom()).isEqualByComparingTo("10");
    assertThat(reverse.splitTo()).isEqualByComparingTo("1");
    assertThatThrownBy(() -> ReferenceMapping.split(results.get(3))).hasMessageContaining("execution_date");
  }

  @Test
  void rejectsSplitWithZeroRatio() throws Exception {
    JsonNode zero = JSON.readTree(
        "{\"ticker\":\"X\",\"execution_date\":\"2024-01-02\",\"split_from\":0,\"split_to\":2}");
    assertThatThrownBy(() -> ReferenceMapping.split(zero)).hasMessageContaining("must be > 0");
  }

  @Test
  void mapsDividendCashAmountExactly() throws Exception {
    Dividend d = ReferenceMapping.dividend(fixture("v3-reference-dividends.json").path("results").get(0));
    assertThat(d.symbol()).isEqualTo("AAPL");
    assertThat(d.exDividendDate()).isEqualTo(LocalDate.of(2024, 2, 9));
    assertThat(d.cashAmount()).isEqualByComparingTo("0.24");
  }

  @Test
  void foldsExchangesIntoOneDayAndConvertsUtcTimesToNewYork() throws Exception {
    List<CalendarDay> days = ReferenceMapping.calendar(fixture("v1-marketstatus-upcoming.json"));
    assertThat(days).containsExactly(
        new CalendarDay(LocalDate.of(2026, 11, 26), CalendarDay.Status.CLOSED, null, null, "Thanksgiving"),
        new CalendarDay(LocalDate.of(2026, 11, 27), CalendarDay.Status.EARLY_CLOSE, LocalTime.of(9, 30),
            LocalTime.of(13, 0), "Thanksgiving"),
        new CalendarDay(LocalDate.of(2026, 12, 25), CalendarDay.Status.CLOSED, null, null, "Christmas"));
  }

  @Test
  void closedOnOneExchangeWinsOverEarlyCloseOnTheOther() throws Exception {
    JsonNode mixed = JSON.readTree("""
        [{"exchange":"NASDAQ","name":"X","date":"2026-07-03","status":"early-close",
          "open":"2026-07-03T13:30:00.000Z","close":"2026-07-03T17:00:00.000Z"},
         {"exchange":"NYSE","name":"X","date":"2026-07-03","status":"closed"},
         {"exchange":"OTC","name":"ignored","date":"2026-07-06","status":"closed"}]""");
    assertThat(ReferenceMapping.calendar(mixed)).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(CalendarDay.Status.CLOSED));
  }

  @Test
  void rejectsUnknownMarketStatusAndNonArrayBody() throws Exception {
    assertThatThrownBy(() -> ReferenceMapping.calendar(JSON.readTree(
        "[{\"exchange\":\"NYSE\",\"date\":\"2026-01-01\",\"status\":\"maybe\"}]")))
        .hasMessageContaining("unknown market status 'maybe'");
    assertThatThrownBy(() -> ReferenceMapping.calendar(JSON.readTree("{\"status\":\"ERROR\"}")))
        .hasMessageContaining("did not return an array");
  }

  @Test
  void parsesOnlyListCaseInsensitivelyAndNamesAnUnknownKind() {
    assertThat(ReferenceKind.parse(null)).isEqualTo(EnumSet.allOf(ReferenceKind.class));
    assertThat(ReferenceKind.parse("Tickers, calendar"))
        .containsExactlyInAnyOrder(ReferenceKind.TICKERS, ReferenceKind.CALENDAR);
    assertThatThrownBy(() -> ReferenceKind.parse("tickers,holidays")).hasMessageContaining("'holidays'");
  }
}
