package io.peripheral.feed.polygon.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peripheral.feed.polygon.fake.Market;
import io.peripheral.schemas.calendar.MarketCalendar;
import io.peripheral.schemas.calendar.MarketPhase;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketStatusCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MarketCalendar calendar = MarketCalendar.builtIn();

  private static PolygonMarketNow now(String market, String serverTime) {
    return new PolygonMarketNow(market, false, false, Instant.parse(serverTime), Map.of("nyse", market));
  }

  @Test
  void mapsPolygonsDocumentedResponse() throws Exception {
    PolygonMarketNow n = ReferenceMapping.marketNow(JSON.readTree(Market.resource("v1-marketstatus-now.json")));
    assertThat(n.market()).isEqualTo("closed");
    assertThat(n.serverTime()).isEqualTo(Instant.parse("2026-11-26T16:00:00Z"));
    assertThat(n.exchanges()).containsEntry("nyse", "closed").containsEntry("nasdaq", "closed");
    assertThat(n.earlyHours()).isFalse();
    assertThatThrownBy(() -> ReferenceMapping.marketNow(JSON.readTree("{\"market\":\"open\"}")))
        .hasMessageContaining("missing serverTime");
  }

  @Test
  void agreesWhenPolygonSeesWhatTheCalendarExpects() {
    assertThat(MarketStatusCheck.compare(now("open", "2026-11-25T15:00:00Z"), calendar).agrees()).isTrue();
    assertThat(MarketStatusCheck.compare(now("extended-hours", "2026-11-25T10:00:00Z"), calendar).agrees()).isTrue();
    assertThat(MarketStatusCheck.compare(now("extended-hours", "2026-11-27T19:00:00Z"), calendar).agrees())
        .as("after-hours after the early close").isTrue();
    assertThat(MarketStatusCheck.compare(now("closed", "2026-11-26T16:00:00Z"), calendar).agrees()).isTrue();
  }

  @Test
  void toleratesTwoMinutesAroundATransition() {
    // 09:31 New York: Polygon may still say extended-hours
    assertThat(MarketStatusCheck.compare(now("extended-hours", "2026-11-25T14:31:00Z"), calendar).agrees()).isTrue();
    assertThat(MarketStatusCheck.compare(now("extended-hours", "2026-11-25T14:35:00Z"), calendar).agrees()).isFalse();
  }

  @Test
  void namesAnUnscheduledClosureAndAMissedTradingDay() {
    MarketStatusCheck.Result closure = MarketStatusCheck.compare(now("closed", "2026-11-25T15:00:00Z"), calendar);
    assertThat(closure.agrees()).isFalse();
    assertThat(closure.expected()).isEqualTo(MarketPhase.REGULAR);
    assertThat(closure.message()).contains("unscheduled closure", "market_calendar", "2026-11-25");

    MarketStatusCheck.Result open = MarketStatusCheck.compare(now("open", "2026-11-26T16:00:00Z"), calendar);
    assertThat(open.agrees()).isFalse();
    assertThat(open.message()).contains("Polygon says the market is open", "closed (Thanksgiving)");
  }
}
