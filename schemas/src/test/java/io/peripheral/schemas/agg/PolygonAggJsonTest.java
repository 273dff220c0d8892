package io.peripheral.schemas.agg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

class PolygonAggJsonTest {
  private static final long T0 = 1_704_205_800_000_000_000L;

  @Test
  void everyFieldRoundTripsAndAbsentOnesStayNull() {
    PolygonAgg full = new PolygonAgg("AAPL", Timespan.SECOND, T0, T0 + 1_000_000_000L, 1, 2, 0.5, 1.5, 300.5, 1.2,
        7L, 1e6, 1.1, 1.3, 42.9, false, AggSource.WEBSOCKET);
    PolygonAgg sparse = PolygonAgg.of("MSFT", Timespan.MINUTE, T0, T0 + 60_000_000_000L, 1, 2, 0.5, 1.5, 300, null,
        AggSource.FLAT_FILE);

    assertThat(PolygonAggJson.read(PolygonAggJson.write(full))).isEqualTo(full);
    assertThat(PolygonAggJson.read(PolygonAggJson.write(sparse))).isEqualTo(sparse);
  }

  @Test
  void theJsonHasExactlyTheDocumentedFields() throws Exception {
    JsonNode n = new ObjectMapper().readTree(PolygonAggJson.write(PolygonAgg.of("A", Timespan.DAY, T0, T0 + 1, 1, 1,
        1, 1, 0, 3L, AggSource.REST)));
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertThat(names).containsExactlyElementsOf(PolygonAggJson.FIELDS);
    assertThat(n.get("timespan").asText()).isEqualTo("day");
    assertThat(n.get("source").asText()).isEqualTo("rest");
  }

  @Test
  void malformedJsonIsRefusedWithAReason() {
    assertThatThrownBy(() -> PolygonAggJson.read("nope".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> PolygonAggJson.read("{\"symbol\":\"A\"}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("timespan");
    assertThatThrownBy(() -> PolygonAgg.of("A", Timespan.DAY, T0, T0 + 1, 1, 1, 2, 1, 0, null, AggSource.REST))
        .hasMessageContaining("low");
  }
}
