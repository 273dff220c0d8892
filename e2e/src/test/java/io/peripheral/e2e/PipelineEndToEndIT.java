package io.peripheral.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole pipeline as users run it: the packaged bar service and API as processes, `make replay`'s command
 * on a generated Polygon trades file, PostgreSQL and Kafka of the test stack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {
  static final List<String> INTERVALS = List.of("1s", "1m", "5m", "15m", "1h", "1d");
  static final long SESSION_OPEN_2024_01_02 = Instant.parse("2024-01-02T14:30:00Z").getEpochSecond() * 1_000_000_000L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Random random = new Random();
  private ServiceProcess bars;
  private ServiceProcess api;
  private final Replays replays = new Replays();
  private String firstReplayId;
  private List<String> firstReplaySymbols;

  @BeforeAll
  void startServices() throws Exception {
    bars = Services.bars().startAndAwaitReady();
    api = Services.api().startAndAwaitReady();
  }

  @AfterAll
  void stopServices() throws Exception {
    replays.close();
    if (api != null) {
      api.close();
    }
    if (bars != null) {
      bars.close();
    }
  }

  /** Replays started by the tests, stopped at the end even when an assertion failed half-way. */
  private static final class Replays implements AutoCloseable {
    private final List<ServiceProcess> started = new ArrayList<>();

    ServiceProcess add(ServiceProcess p) {
      started.add(p);
      return p;
    }

    @Override
    public void close() throws Exception {
      for (ServiceProcess p : started) {
        p.close();
      }
    }
  }

  private List<String> uniqueSymbols(int n) {
    String prefix = "Z" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
        + (char) ('A' + random.nextInt(26));
    List<String> symbols = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      symbols.add(prefix + i);
    }
    return symbols;
  }

  private String replayId(String what) {
    return what + "-" + Long.toString(System.nanoTime(), 36);
  }

  private TradesFile tradesFile(String id, List<String> symbols, int trades) throws Exception {
    return TradesFile.write(TestStack.ROOT.resolve("e2e/target/e2e-data/" + id + ".csv"), symbols, trades,
        SESSION_OPEN_2024_01_02, random.nextLong());
  }

  @Test
  @Order(1)
  void replayedTradesBecomeIndependentlyComputedBarsInTheDatabaseAndTheApi() throws Exception {
    List<String> symbols = uniqueSymbols(8);
    String id = replayId("e2e");
    TradesFile file = tradesFile(id, symbols, 20_000);
    firstReplayId = id;
    firstReplaySymbols = symbols;

    ServiceProcess replay = replays.add(Services.replay(id, file.path).start());
    assertThat(replay.awaitExit(Services.REPLAY_TIMEOUT)).as("replay exit code; log:\n" + replay.logText()).isZero();

    Map<String, ReferenceBars.Expected> expected = ReferenceBars.compute(file.rows, INTERVALS);
    BarsTable.assertEqual(BarsTable.read(symbols), expected, "replay");
    assertReplayRecorded(id, file);

    String symbol = symbols.get(0);
    List<ReferenceBars.Expected> expectedMinutes = expected.values().stream()
        .filter(b -> b.symbol().equals(symbol) && b.interval().equals("1m")).toList();
    List<JsonNode> served = fetchAllBars(symbol, "1m", "2024-01-02T00:00:00Z", "2024-01-03T00:00:00Z", 100);
    assertThat(served).hasSameSizeAs(expectedMinutes);
    for (int i = 0; i < served.size(); i++) {
      assertThat(served.get(i).get("start").asLong()).isEqualTo(expectedMinutes.get(i).start());
      assertThat(served.get(i).get("close").asDouble()).isEqualTo(expectedMinutes.get(i).close());
      assertThat(served.get(i).get("volume").asDouble()).isCloseTo(expectedMinutes.get(i).volume(),
          org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  @Order(2)
  void anEndOfDayRebuildSupersedesTheDaysBarsWithTheFlatFilesCorrections() throws Exception {
    List<String> symbols = uniqueSymbols(4);
    String id = replayId("e2e");
    TradesFile live = tradesFile(id, symbols, 6_000);
    ServiceProcess first = replays.add(Services.replay(id, live.path).start());
    assertThat(first.awaitExit(Services.REPLAY_TIMEOUT)).as("replay exit code; log:\n" + first.logText()).isZero();
    Map<String, ReferenceBars.Expected> before = ReferenceBars.compute(live.rows, INTERVALS);
    BarsTable.assertEqual(BarsTable.read(symbols), before, "replay");

    // make rebuild runs the replay command with --rebuild, i.e. in namespace replay.rebuild-<id>.
    TradesFile corrected = live.withCancellations(live.path.resolveSibling(id + "-corrected.csv"), 40);
    ServiceProcess rebuild = replays.add(Services.replay("rebuild-" + id, corrected.path).start());
    assertThat(rebuild.awaitExit(Services.REPLAY_TIMEOUT)).as("rebuild exit code; log:\n" + rebuild.logText())
        .isZero();

    Map<String, ReferenceBars.Expected> after = ReferenceBars.compute(corrected.rows, INTERVALS);
    Map<String, BarsTable.Row> table = BarsTable.read(symbols);
    // A window whose only trades were cancelled has no bar in the rebuild: its earlier row stays (documented).
    Map<String, BarsTable.Row> rebuilt = new java.util.TreeMap<>(table);
    rebuilt.keySet().retainAll(after.keySet());
    BarsTable.assertEqual(rebuilt, after, "rebuild");
    java.util.Set<String> emptied = new java.util.TreeSet<>(before.keySet());
    emptied.removeAll(after.keySet());
    assertThat(emptied).as("windows emptied by the cancellations").isNotEmpty();
    java.util.Set<String> stale = new java.util.TreeSet<>(table.keySet());
    stale.removeAll(after.keySet());
    assertThat(stale).isEqualTo(emptied);
    stale.forEach(key -> assertThat(table.get(key).source()).as(key).isEqualTo("replay"));
    long changed = after.entrySet().stream()
        .filter(e -> before.get(e.getKey()).volume() != e.getValue().volume()).count();
    assertThat(changed).as("windows whose volume the corrections changed").isGreaterThan(10);
  }

  private void assertReplayRecorded(String id, TradesFile file) throws Exception {
    try (var c = TestStack.db();
        var ps = c.prepareStatement("select rows_read, rows_rejected, status from replays where id = ?")) {
      ps.setString(1, id);
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).as("replays row for " + id).isTrue();
        assertThat(rs.getLong(2)).as("rows_rejected").isEqualTo(file.malformedRows);
        assertThat(rs.getLong(1)).as("rows_read").isGreaterThanOrEqualTo(file.rows.size());
      }
    }
  }

  /** Pages through /api/bars with a small limit, following the cursor. */
  private List<JsonNode> fetchAllBars(String symbol, String interval, String from, String to, int limit)
      throws Exception {
    List<JsonNode> all = new ArrayList<>();
    String cursorFrom = from;
    for (int page = 0; page < 1000; page++) {
      String url = "http://localhost:" + Services.API_PORT + "/api/bars/" + symbol + "?interval=" + interval
          + "&from=" + cursorFrom + "&to=" + to + "&limit=" + limit;
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(url + " -> " + r.body()).isEqualTo(200);
      JsonNode body = JSON.readTree(r.body());
      JsonNode bars = body.isArray() ? body : body.get("bars");
      bars.forEach(all::add);
      JsonNode next = body.isArray() ? null : body.get("next");
      if (next == null || next.isNull() || bars.size() < limit) {
        return all;
      }
      cursorFrom = next.asText();
    }
    throw new AssertionError("paging did not end");
  }

  @Test
  @Order(2)
  void theDocumentedConsumerExamplePrintsBarsOfAReplay() throws Exception {
    assertThat(firstReplayId).as("needs the replay of the first test").isNotNull();
    Path schemas = TestStack.ROOT.resolve("schemas/target");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-cp", schemas.resolve("schemas-0.1.0-SNAPSHOT.jar") + ":" + schemas.resolve("lib") + "/*",
        TestStack.ROOT.resolve("docs/examples/TopicConsumer.java").toString(),
        TestStack.KAFKA, "replay." + firstReplayId + ".bars.1m.v1", "5").redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(output).isZero();
    List<String> barLines = output.lines().filter(l -> l.contains(" 1m ")).toList();
    assertThat(barLines).as(output).isNotEmpty()
        .allSatisfy(l -> assertThat(firstReplaySymbols).anySatisfy(s -> assertThat(l).startsWith(s + " ")));
  }

  @Test
  @Order(2)
  void aBadRequestGetsA400NamingTheParameter() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + Services.API_PORT + "/api/bars/AAPL?interval=7m")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("interval").contains("7m");
  }

  @Test
  @Order(2)
  void aWebSocketClientGetsTheFormingThenTheFinalBarOfLiveTrades() throws Exception {
    String symbol = uniqueSymbols(1).get(0);
    try (WsClient ws = new WsClient("ws://localhost:" + Services.API_PORT + "/ws");
        LiveTrades trades = new LiveTrades(TestStack.KAFKA)) {
      ws.send("{\"op\":\"subscribe\",\"channel\":\"bars\",\"symbol\":\"" + symbol + "\",\"interval\":\"1s\"}");
      ws.await(m -> "ack".equals(m.path("type").asText()), Duration.ofSeconds(10), "ack of the subscription");
      ws.send("this is not json");
      ws.await(m -> "error".equals(m.path("type").asText()), Duration.ofSeconds(10), "error frame for bad JSON");

      long now = System.currentTimeMillis() * 1_000_000L;
      trades.send(symbol, now, 10.0, 100);
      trades.send(symbol, now + 1_000, 10.5, 100);
      // Forming updates are throttled (250 ms), so the first may show only the first trade; wait for both.
      JsonNode forming = ws.await(m -> isBar(m, symbol, false) && m.at("/bar/trade_count").asLong() == 2,
          Duration.ofSeconds(30), "forming bar of " + symbol + " with both trades");
      assertThat(forming.at("/bar/high").asDouble()).isEqualTo(10.5);
      assertThat(forming.at("/bar/low").asDouble()).isEqualTo(10.0);

      // Stream time only moves with trades: a later trade on the same partition closes the window.
      trades.send(symbol, now + 10_000_000_000L, 11.0, 100);
      JsonNode fin = ws.await(m -> isBar(m, symbol, true), Duration.ofSeconds(30), "final bar of " + symbol);
      assertThat(fin.at("/bar/open").asDouble()).isEqualTo(10.0);
      assertThat(fin.at("/bar/close").asDouble()).isEqualTo(10.5);
      assertThat(fin.at("/bar/volume").asDouble()).isEqualTo(200.0);
      assertThat(ws.isOpen()).isTrue();
    }
  }

  private static boolean isBar(JsonNode m, String symbol, boolean isFinal) {
    return "bar".equals(m.path("type").asText()) && symbol.equals(m.at("/bar/symbol").asText())
        && m.at("/bar/final").asBoolean() == isFinal;
  }

  @Test
  @Order(3)
  void killingTheBarServiceMidReplayLeavesTheSameTableAsAnUninterruptedRun() throws Exception {
    List<String> symbols = uniqueSymbols(20);
    String id = replayId("crash");
    TradesFile file = tradesFile(id, symbols, 300_000);

    ServiceProcess replay = replays.add(Services.replay(id, file.path).start());
    await("first bars of the replay in the database").atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(100)).until(() -> BarsTable.count(symbols) > 0);
    bars.kill();
    bars = Services.bars().startAndAwaitReady();

    assertThat(replay.awaitExit(Services.REPLAY_TIMEOUT)).as("replay exit code; log:\n" + replay.logText()).isZero();
    BarsTable.assertEqual(BarsTable.read(symbols), ReferenceBars.compute(file.rows, INTERVALS), "replay");
  }

  @Test
  @Order(4)
  void aTwentySecondDatabaseOutageDuringAReplayLosesNothing() throws Exception {
    List<String> symbols = uniqueSymbols(20);
    String id = replayId("outage");
    TradesFile file = tradesFile(id, symbols, 200_000);

    ServiceProcess replay = replays.add(Services.replay(id, file.path).start());
    await("the replay registered").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
        .until(() -> replayRegistered(id));
    TestStack.stack("pg-stop");
    Instant stopped = Instant.now();
    try {
      // The outage itself is the scenario: the database stays down for 20 s while the pipeline runs.
      await("20 s of database outage").pollDelay(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(21))
          .until(() -> Duration.between(stopped, Instant.now()).toSeconds() >= 20);
    } finally {
      TestStack.stack("pg-start");
    }
    assertThat(replay.awaitExit(Services.REPLAY_TIMEOUT)).as("replay exit code; log:\n" + replay.logText()).isZero();
    BarsTable.assertEqual(BarsTable.read(symbols), ReferenceBars.compute(file.rows, INTERVALS), "replay");
  }

  private boolean replayRegistered(String id) {
    try (var c = TestStack.db(); var ps = c.prepareStatement("select 1 from replays where id = ?")) {
      ps.setString(1, id);
      try (var rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (Exception e) {
      return false;
    }
  }


}
