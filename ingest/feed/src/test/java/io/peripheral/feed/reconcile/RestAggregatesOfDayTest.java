package io.peripheral.feed.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.polygon.fake.FakePolygon;
import io.peripheral.feed.polygon.fake.Market;
import io.peripheral.feed.polygon.rest.PolygonRestClient;
import io.peripheral.feed.polygon.rest.RestAggregates;
import io.peripheral.feed.polygon.rest.RestSettings;
import io.peripheral.schemas.agg.AggSource;
import io.peripheral.schemas.agg.PolygonAgg;
import io.peripheral.schemas.agg.Timespan;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestAggregatesOfDayTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalDate DAY = LocalDate.parse("2024-01-02");
  private static final long MIDNIGHT_MS = DAY.atStartOfDay(NEW_YORK).toInstant().toEpochMilli();
  private static final long OPEN_MS = DAY.atTime(9, 30).atZone(NEW_YORK).toInstant().toEpochMilli();

  private static String bar(long tMs, double price) {
    return "{\"v\":100,\"vw\":" + price + ",\"o\":" + price + ",\"c\":" + price + ",\"h\":" + price + ",\"l\":"
        + price + ",\"t\":" + tMs + ",\"n\":2}";
  }

  @Test
  void keepsTheDaysMinuteWindowsAndKeysADailyBarByItsNewYorkMidnight() {
    try (FakePolygon fake = new FakePolygon(Market.load("AAPL"))
        .aggs("XYZ", "minute", bar(OPEN_MS, 10), bar(MIDNIGHT_MS + 86_400_000L, 11))
        .aggs("XYZ", "day", bar(OPEN_MS, 12))) { // stamped 09:30 ET: still that date's bar
      RestAggregatesOfDay rest = new RestAggregatesOfDay(new RestAggregates(new PolygonRestClient(
          RestSettings.of(fake.restUrl(), FakePolygon.KEY, 100, 2, Duration.ofSeconds(1)))));

      List<PolygonAgg> minutes = rest.of("XYZ", Timespan.MINUTE, DAY);
      List<PolygonAgg> days = rest.of("XYZ", Timespan.DAY, DAY);

      assertThat(minutes).singleElement().satisfies(a -> {
        assertThat(a.start()).isEqualTo(OPEN_MS * 1_000_000L);
        assertThat(a.end()).isEqualTo((OPEN_MS + 60_000L) * 1_000_000L);
        assertThat(a.source()).isEqualTo(AggSource.REST);
        assertThat(a.transactions()).isEqualTo(2L);
      });
      assertThat(days).singleElement().satisfies(a -> {
        assertThat(a.start()).isEqualTo(MIDNIGHT_MS * 1_000_000L);
        assertThat(a.close()).isEqualTo(12);
      });
      assertThat(fake.restRequests()).allMatch(u -> u.contains("adjusted=false") && u.contains("limit=50000"));
    }
  }
}
