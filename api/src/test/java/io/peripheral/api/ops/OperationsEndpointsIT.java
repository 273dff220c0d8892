package io.peripheral.api.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.peripheral.api.bars.service.LiveBarConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsIT {
  @Inject
  LiveBarConsumer consumer;

  @Test
  void healthReportsTheDatabaseAndTheLiveBarsConsumer() {
    await().atMost(Duration.ofSeconds(60)).until(consumer::isAssigned);
    // The database's own status is not asserted: other suites may stop the shared test PostgreSQL meanwhile.
    given().get("/q/health").then()
        .body("checks.name", hasItems("live bars consumer", "live bars consumer assigned",
            "Reactive PostgreSQL connections health check"))
        .body("checks.find { it.name == 'live bars consumer' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'live bars consumer assigned' }.status", equalTo("UP"));
  }

  @Test
  void metricsExposeTheLiveBarCounters() {
    given().get("/q/metrics").then().statusCode(200)
        .body(containsString("peripheral_api_live_bars_received_total"));
  }

  @Test
  void openApiDocumentDescribesTheEndpointsWithTheWireFieldNames() {
    given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
        .body("paths.keySet()", hasItems("/api/symbols", "/api/bars/{symbol}"))
        .body("components.schemas.BarView.properties.keySet()", hasItems("trade_count", "rules_version", "final"))
        .body("components.schemas.BarPageView.properties.keySet()", hasItems("next", "next_url"))
        .body("components.schemas.SymbolView.properties.keySet()", hasItems("first_seen", "last_seen"));
  }
}
