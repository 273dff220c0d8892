package io.peripheral.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peripheral.api.support.TestRedis;
import io.peripheral.api.support.TestRows;
import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import io.peripheral.schemas.bar.Interval;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Runs every {@code curl 'localhost:8080/…'} example of api/README.md, with AAPL replaced by a test symbol. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeExamplesIT {
  private static final Pattern CURL = Pattern.compile("curl '(?:http://)?localhost:8080(/[^']+)'");

  @Inject
  DataSource ds;

  private final String symbol = TestRows.uniqueSymbol("TR");

  @BeforeAll
  void insertTheExamplesDay() throws Exception {
    Instant day = Instant.parse("2024-03-08T13:00:00Z");
    TestRows.insertBars(ds, TestRows.bars(symbol, Interval.M1, day, 8 * 60));
    TestRows.insertBars(ds, TestRows.bars(symbol, Interval.M5, day, 8 * 12));
    TestRows.insertSymbol(ds, symbol, "README example");
    try (TestRedis redis = TestRedis.stack()) {
      long now = System.currentTimeMillis() * 1_000_000L;
      redis.put(symbol, new LastTrade(100, 10, 4, new int[0], now), new Nbbo(99.99, 100, 1, 100.01, 100, 2, now));
    }
  }

  @Test
  void everyCurlExampleInTheReadmeAnswersWithData() throws Exception {
    List<String> paths = new ArrayList<>();
    Matcher m = CURL.matcher(Files.readString(Path.of("README.md")));
    while (m.find()) {
      paths.add(m.group(1).replace("AAPL", symbol).replace("q=AA", "q=" + symbol.substring(0, 4)));
    }
    assertThat(paths).hasSizeGreaterThanOrEqualTo(3);
    for (String path : paths) {
      Response r = given().urlEncodingEnabled(false).get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      if (path.startsWith("/api/market/status")) {
        assertThat(new ObjectMapper().readTree(r.asByteArray()).path("market").asText()).as(path)
            .isIn("open", "closed", "pre-market", "after-hours");
        continue;
      }
      String list = path.startsWith("/api/symbols") ? "symbols" : path.startsWith("/api/quotes/") ? "trade"
          : path.startsWith("/api/quotes") ? "quotes" : "bars";
      assertThat(new ObjectMapper().readTree(r.asByteArray()).path(list).size()).as(path).isPositive();
    }
  }
}
