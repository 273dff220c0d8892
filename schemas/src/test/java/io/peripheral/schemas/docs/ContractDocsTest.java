package io.peripheral.schemas.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarJson;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import io.peripheral.schemas.topic.Topic;
import io.peripheral.schemas.topic.TopicCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

class ContractDocsTest {
  private static final String REGENERATE = "differs from the topic catalog: run `make schemas` and commit the result";

  @Test
  void committedAsyncApiDocumentMatchesTheCatalog() throws Exception {
    assertThat(Files.readString(Path.of("asyncapi.yaml"))).as("schemas/asyncapi.yaml " + REGENERATE)
        .isEqualTo(ContractDocs.asyncApi());
  }

  @Test
  void committedBarJsonSchemaMatchesTheCatalog() throws Exception {
    assertThat(Files.readString(Path.of("json/bar.schema.json"))).as("schemas/json/bar.schema.json " + REGENERATE)
        .isEqualTo(ContractDocs.barJsonSchema());
  }

  @Test
  void committedPolygonAggJsonSchemaMatchesTheCatalog() throws Exception {
    assertThat(Files.readString(Path.of("json/polygon-agg.schema.json")))
        .as("schemas/json/polygon-agg.schema.json " + REGENERATE).isEqualTo(ContractDocs.polygonAggJsonSchema());
  }

  @Test
  void asyncApiDescribesEveryTopicWithItsPartitions() throws Exception {
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(ContractDocs.asyncApi());
    assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
    for (Topic<?, ?> t : TopicCatalog.live().all()) {
      JsonNode channel = doc.get("channels").get(t.name().replace('.', '_'));
      assertThat(channel).as(t.name()).isNotNull();
      assertThat(channel.get("address").asText()).isEqualTo(t.name());
      assertThat(channel.at("/bindings/kafka/partitions").asInt()).isEqualTo(t.partitions());
    }
  }

  @Test
  void aSerializedBarSatisfiesTheTypesOfItsJsonSchema() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(ContractDocs.barJsonSchema());
    JsonNode bar = new ObjectMapper().readTree(BarJson.write(new Bar("AAPL", Interval.M1, 1L, 1, 2, 0.5, 1.5, 10, 1.2,
        3, Session.REGULAR, true, BarSource.LIVE, 0, "builtin-1")));
    for (Iterator<String> it = schema.get("properties").fieldNames(); it.hasNext(); ) {
      String name = it.next();
      JsonNode value = bar.get(name);
      assertThat(value).as(name).isNotNull();
      JsonNode type = schema.get("properties").get(name).get("type");
      String expected = type.isArray() ? type.get(0).asText() : type.asText();
      switch (expected) {
        case "string" -> assertThat(value.isTextual() || value.isNull()).as(name).isTrue();
        case "integer" -> assertThat(value.isIntegralNumber()).as(name).isTrue();
        case "number" -> assertThat(value.isNumber()).as(name).isTrue();
        case "boolean" -> assertThat(value.isBoolean()).as(name).isTrue();
        default -> throw new AssertionError("unexpected type " + expected);
      }
    }
  }
}
