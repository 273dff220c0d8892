package io.peripheral.feed.polygon.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.feed.polygon.fake.FakePolygon;
import io.peripheral.feed.polygon.fake.Market;
import io.peripheral.schemas.trade.Trade;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST client against the fake Polygon server. */
class PolygonRestClientTest {
  private static final Market MARKET = Market.load("AAPL", "MSFT");
  private static FakePolygon fake;

  @BeforeAll
  static void startFake() {
    fake = new FakePolygon(MARKET).pageSize(100);
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  private static PolygonRestClient client(String key, double rate) {
    return new PolygonRestClient(new RestSettings(java.net.URI.create(fake.restUrl()), key, rate, 4,
        Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofSeconds(10)));
  }

  private static List<Trade> drain(RestTrades source) {
    List<Trade> out = new ArrayList<>();
    for (Trade t = source.next(); t != null; t = source.next()) {
      out.add(t);
    }
    return out;
  }

  @Test
  void followsNextUrlAcrossPagesAndKeepsTheKeyOutOfUrls() {
    long from = MARKET.firstMs() * 1_000_000L;
    long to = from + 120_000_000_000L;
    int before = fake.restRequests().size();
    List<Trade> trades = drain(new RestTrades(client(FakePolygon.KEY, 1000), "AAPL", from, to));
    List<Market.Print> expected = MARKET.range("AAPL", from, to);
    assertThat(expected.size()).isGreaterThan(300);
    assertThat(trades).extracting(Trade::tradeId).containsExactlyElementsOf(
        expected.stream().map(p -> p.rest().get("id").asText()).toList());
    List<String> urls = fake.restRequests().subList(before, fake.restRequests().size());
    assertThat(urls).hasSize((expected.size() + 99) / 100);
    assertThat(urls.get(0)).contains("timestamp.gte=" + from, "timestamp.lt=" + to, "limit=50000", "sort=timestamp",
        "order=asc");
    assertThat(urls).noneMatch(u -> u.contains(FakePolygon.KEY));
    assertThat(fake.authHeaders()).contains("Bearer " + FakePolygon.KEY);
  }

  @Test
  void retriesA429HonouringRetryAfterAndA5xx() {
    fake.failRest(429, 503);
    long t0 = System.nanoTime();
    var page = client(FakePolygon.KEY, 1000).get(ReferenceData.EXCHANGES);
    assertThat(page.path("results").size()).isEqualTo(7);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void givesUpAfterTheConfiguredAttempts() {
    fake.failRest(500, 502, 503, 504);
    assertThatThrownBy(() -> client(FakePolygon.KEY, 1000).get(ReferenceData.EXCHANGES))
        .isInstanceOf(PolygonRestException.class).hasMessageContaining("after 4 attempts");
  }

  @Test
  void aWrongKeyFailsAtOnceWithoutShowingTheKey() {
    assertThatThrownBy(() -> client("wrong-secret", 1000).get(ReferenceData.EXCHANGES))
        .isInstanceOf(PolygonRestException.class).hasMessageContaining("401")
        .hasMessageNotContaining("wrong-secret");
  }

  @Test
  void spacesRequestsByTheRateLimit() {
    PolygonRestClient slow = client(FakePolygon.KEY, 10);
    long t0 = System.nanoTime();
    for (int i = 0; i < 4; i++) {
      slow.get(ReferenceData.EXCHANGES);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void readsPolygonsReferenceBars() {
    List<PolygonBar> bars = new RestAggregates(client(FakePolygon.KEY, 1000)).range("AAPL", 1, "minute",
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2));
    assertThat(bars).hasSize(3);
    assertThat(bars.get(0).start()).isEqualTo(1_704_205_800_000_000_000L);
    assertThat(bars.get(0).trades()).isEqualTo(201);
  }

  @Test
  void loadsConditionsAndExchangesIntoAVersionedTable() {
    ReferenceData ref = new ReferenceData(client(FakePolygon.KEY, 1000), java.time.Instant::now, Duration.ofDays(1));
    assertThat(ref.load()).isTrue();
    ConditionTable table = ref.conditionTable().orElseThrow();
    assertThat(table.masks()).containsEntry(37, ConditionTable.VOLUME).containsEntry(12, ConditionTable.VOLUME)
        .containsEntry(15, 0).containsEntry(38, ConditionTable.HIGH_LOW | ConditionTable.OPEN_CLOSE)
        .containsEntry(14, 7).doesNotContainKey(60);
    assertThat(table.version()).matches("polygon-[0-9a-f]{8}");
    assertThat(table.render()).contains("condition.37=NNY", "condition.38=YYN", "excluded-corrections=7,8,10,11");
    assertThat(ref.exchanges().get(4).mic()).isEqualTo("XADF");
    ReferenceData again = new ReferenceData(client(FakePolygon.KEY, 1000), java.time.Instant::now, Duration.ofDays(1));
    again.load();
    assertThat(again.conditionTable().orElseThrow().version()).isEqualTo(table.version());
  }

  @Test
  void mapsRestTradesIncludingTrfAndFractionalSizes() {
    Market.Print trf = MARKET.prints().stream().filter(p -> p.rest().has("trf_id")).findFirst().orElseThrow();
    Trade t = trf.trade();
    assertThat(t.trfId()).isEqualTo(trf.rest().get("trf_id").asInt());
    assertThat(t.trfTimestamp()).isEqualTo(trf.rest().get("trf_timestamp").asLong());
    assertThat(t.participantTimestamp()).isPositive();
    Market.Print frac = MARKET.prints().stream().filter(p -> p.rest().has("decimal_size")).findFirst().orElseThrow();
    assertThat(frac.trade().size()).isEqualTo(Double.parseDouble(frac.rest().get("decimal_size").asText()));
  }
}
