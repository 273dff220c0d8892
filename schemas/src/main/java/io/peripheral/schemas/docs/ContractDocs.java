package io.peripheral.schemas.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.peripheral.schemas.agg.AggSource;
import io.peripheral.schemas.agg.PolygonAggJson;
import io.peripheral.schemas.agg.Timespan;
import io.peripheral.schemas.bar.BarJson;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import io.peripheral.schemas.topic.ControlRecords;
import io.peripheral.schemas.topic.Topic;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.quote.QuoteArrowSchema;
import io.peripheral.schemas.trade.TradeArrowSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Generates the documents downstream teams read — {@code schemas/asyncapi.yaml} (AsyncAPI 3) and
 * {@code schemas/json/bar.schema.json}, {@code schemas/json/polygon-agg.schema.json} — from the topic catalog,
 * so they cannot drift from the code.
 * Run with {@code make schemas}; {@code ContractDocsTest} fails when the committed files differ.
 */
public final class ContractDocs {
  static final String HEADER = "# GENERATED from the topic catalog (io.peripheral.schemas.docs.ContractDocs). Do not edit:\n"
      + "# change the catalog and run `make schemas`.\n";

  private ContractDocs() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(dir.resolve("json"));
    Files.writeString(dir.resolve("asyncapi.yaml"), asyncApi(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("json/bar.schema.json"), barJsonSchema(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("json/polygon-agg.schema.json"), polygonAggJsonSchema(), StandardCharsets.UTF_8);
  }

  public static String polygonAggJsonSchema() {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(sortedForStableOutput(polygonAggSchema())) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> polygonAggSchema() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("symbol", prop("string", "Ticker symbol, e.g. AAPL."));
    props.put("timespan", Map.of("type", "string", "enum", Arrays.stream(Timespan.values()).map(Timespan::code)
        .toList(), "description", "Window of the aggregate."));
    props.put("start", prop("integer", "Window start, epoch nanoseconds UTC (day windows start at midnight "
        + "America/New_York)."));
    props.put("end", prop("integer", "Window end (exclusive), epoch nanoseconds UTC."));
    props.put("open", prop("number", "Opening price as Polygon computed it."));
    props.put("high", prop("number", "Highest price."));
    props.put("low", prop("number", "Lowest price."));
    props.put("close", prop("number", "Closing price."));
    props.put("volume", prop("number", "Volume in shares."));
    props.put("vwap", nullable("number", "Volume-weighted average price of the window (vw); null in flat files."));
    props.put("transactions", nullable("integer", "Number of trades in the window (n); null when not sent."));
    props.put("accumulated_volume", nullable("number", "The day's volume so far (WebSocket av)."));
    props.put("official_open", nullable("number", "The day's official opening price (WebSocket op)."));
    props.put("day_vwap", nullable("number", "The day's VWAP so far (WebSocket a)."));
    props.put("average_size", nullable("number", "Average trade size in the window (WebSocket z)."));
    props.put("otc", nullable("boolean", "Whether the ticker is OTC; null when unknown."));
    props.put("source", Map.of("type", "string", "enum", Arrays.stream(AggSource.values()).map(AggSource::code)
        .toList(), "description", "Where Polygon's aggregate came from."));
    if (!props.keySet().equals(new java.util.LinkedHashSet<>(PolygonAggJson.FIELDS))) {
      throw new IllegalStateException("aggregate JSON Schema properties differ from PolygonAggJson.FIELDS");
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "https://peripheral.io/schemas/polygon-agg.schema.json");
    schema.put("title", "PolygonAgg");
    schema.put("description", "One of Polygon's own aggregates, as carried by the polygon.aggs.v1 topic. "
        + "GENERATED by io.peripheral.schemas.docs.ContractDocs (make schemas); do not edit.");
    schema.put("type", "object");
    schema.put("required", PolygonAggJson.REQUIRED);
    schema.put("properties", props);
    schema.put("additionalProperties", true);
    return schema;
  }

  private static Map<String, Object> nullable(String type, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", List.of(type, "null"));
    p.put("description", description);
    return p;
  }

  public static String barJsonSchema() {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(sortedForStableOutput(barSchema())) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> barSchema() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("symbol", prop("string", "Ticker symbol, e.g. AAPL."));
    props.put("interval", Map.of("type", "string", "enum", Arrays.stream(Interval.values()).map(Interval::code).toList(),
        "description", "Bar interval."));
    props.put("start", prop("integer", "Window start, epoch nanoseconds UTC. Intraday windows align to UTC epoch "
        + "multiples; 1d bars start at midnight America/New_York."));
    props.put("open", prop("number", "First eligible trade price."));
    props.put("high", prop("number", "Highest eligible trade price."));
    props.put("low", prop("number", "Lowest eligible trade price."));
    props.put("close", prop("number", "Last eligible trade price."));
    props.put("volume", prop("number", "Sum of volume-eligible sizes (fractional shares allowed)."));
    props.put("vwap", prop("number", "Volume-weighted average price of the volume-eligible trades."));
    props.put("trade_count", prop("integer", "Number of eligible trades in the bar."));
    List<String> sessions = Arrays.stream(Session.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("type", List.of("string", "null"));
    session.put("enum", concat(sessions));
    session.put("description", "Trading session of the window start (America/New_York): pre before 09:30, regular "
        + "09:30-16:00, post from 16:00; null for 1d bars.");
    props.put("session", session);
    props.put("final", prop("boolean", "false for the forming candle (at most every 250 ms), true once stream time "
        + "passed the window end plus grace."));
    props.put("source", Map.of("type", "string", "enum", Arrays.stream(BarSource.values()).map(BarSource::code).toList(),
        "description", "Origin; precedence rebuild > backfill > replay = live."));
    props.put("revision", prop("integer", "Within one source the higher revision wins."));
    props.put("rules_version", Map.of("type", List.of("string", "null"),
        "description", "Version of the trade-condition table the bar was built with."));
    if (!props.keySet().equals(new java.util.LinkedHashSet<>(BarJson.FIELDS))) {
      throw new IllegalStateException("bar JSON Schema properties differ from BarJson.FIELDS");
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "https://peripheral.io/schemas/bar.schema.json");
    schema.put("title", "Bar");
    schema.put("description", "One OHLCV bar of one symbol, as carried by the bars.<interval>.v1 topics. "
        + "GENERATED by io.peripheral.schemas.docs.ContractDocs (make schemas); do not edit.");
    schema.put("type", "object");
    schema.put("required", BarJson.FIELDS);
    schema.put("properties", props);
    schema.put("additionalProperties", true);
    return schema;
  }

  private static List<Object> concat(List<String> values) {
    List<Object> out = new java.util.ArrayList<>(values);
    out.add(null);
    return out;
  }

  private static Map<String, Object> prop(String type, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", type);
    p.put("description", description);
    return p;
  }

  public static String asyncApi() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("asyncapi", "3.0.0");
    doc.put("info", Map.of("title", "Peripheral topics", "version", "1.0.0",
        "description", "Every Kafka topic Peripheral produces. Consume with isolation.level=read_committed. "
            + "Replays use the same topics under the prefix replay.<id>. (e.g. replay.r1.trades.v1)."));
    Map<String, Object> channels = new LinkedHashMap<>();
    Map<String, Object> operations = new LinkedHashMap<>();
    for (Topic<?, ?> t : TopicCatalog.live().all()) {
      String id = t.name().replace('.', '_');
      Map<String, Object> channel = new LinkedHashMap<>();
      channel.put("address", t.name());
      channel.put("description", t.description());
      channel.put("messages", Map.of(t.payload(), Map.of("$ref", "#/components/messages/" + t.payload())));
      Map<String, Object> kafka = new LinkedHashMap<>();
      kafka.put("topic", t.name());
      kafka.put("partitions", t.partitions());
      kafka.put("replicas", 1);
      Map<String, Object> topicConfig = new LinkedHashMap<>();
      topicConfig.put("retention.ms", t.retention() == null ? -1 : t.retention().toMillis());
      topicConfig.put("cleanup.policy", List.of("delete"));
      topicConfig.put("max.message.bytes", TopicCatalog.MAX_RECORD_BYTES);
      kafka.put("topicConfiguration", topicConfig);
      kafka.put("x-key", t.key());
      kafka.put("x-compatibility", t.compatibility().name());
      channel.put("bindings", Map.of("kafka", kafka));
      channels.put(id, channel);
      operations.put("consume_" + id, Map.of("action", "receive", "channel", Map.of("$ref", "#/channels/" + id)));
    }
    doc.put("channels", channels);
    doc.put("operations", operations);

    Map<String, Object> messages = new LinkedHashMap<>();
    Map<String, Object> tradeBatch = new LinkedHashMap<>();
    tradeBatch.put("name", "TradeBatch");
    tradeBatch.put("contentType", "application/vnd.apache.arrow.stream");
    tradeBatch.put("description", "One self-describing Arrow IPC stream per record: schema message, the symbol "
        + "dictionary batch, one record batch. A record with a null value and the header " + ControlRecords.HEADER + "="
        + ControlRecords.END_OF_STREAM + " marks the end of a replay's input on that partition.");
    tradeBatch.put("payload", Map.of("schemaFormat", "application/vnd.apache.arrow.stream",
        "schema", Map.of("x-arrow-columns", arrowColumns(TradeArrowSchema.SCHEMA))));
    messages.put("TradeBatch", tradeBatch);
    Map<String, Object> quoteBatch = new LinkedHashMap<>();
    quoteBatch.put("name", "QuoteBatch");
    quoteBatch.put("contentType", "application/vnd.apache.arrow.stream");
    quoteBatch.put("description", "One self-describing Arrow IPC stream per record: schema message, the symbol "
        + "dictionary batch, one record batch of NBBO quotes. A side without a quote has price and size 0. A replay "
        + "ends each partition with a null-value record and the header " + ControlRecords.HEADER + "="
        + ControlRecords.END_OF_STREAM + ".");
    quoteBatch.put("payload", Map.of("schemaFormat", "application/vnd.apache.arrow.stream",
        "schema", Map.of("x-arrow-columns", arrowColumns(QuoteArrowSchema.SCHEMA))));
    messages.put("QuoteBatch", quoteBatch);
    Map<String, Object> agg = new LinkedHashMap<>();
    agg.put("name", "PolygonAgg");
    agg.put("contentType", "application/json");
    agg.put("description", "One Polygon aggregate per record, keyed by symbol. See json/polygon-agg.schema.json.");
    agg.put("payload", Map.of("$ref", "#/components/schemas/PolygonAgg"));
    messages.put("PolygonAgg", agg);
    Map<String, Object> bar = new LinkedHashMap<>();
    bar.put("name", "Bar");
    bar.put("contentType", "application/json");
    bar.put("description", "One bar per record, keyed by symbol. See json/bar.schema.json.");
    bar.put("payload", Map.of("$ref", "#/components/schemas/Bar"));
    messages.put("Bar", bar);
    Map<String, Object> barSchema = new LinkedHashMap<>(barSchema());
    barSchema.remove("$schema");
    barSchema.remove("$id");
    Map<String, Object> aggSchema = new LinkedHashMap<>(polygonAggSchema());
    aggSchema.remove("$schema");
    aggSchema.remove("$id");
    doc.put("components", Map.of("messages", messages, "schemas", Map.of("Bar", barSchema, "PolygonAgg", aggSchema)));
    try {
      ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
      yaml.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
      return HEADER + yaml.writeValueAsString(sortedForStableOutput(doc));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, Object>> arrowColumns(Schema schema) {
    List<Map<String, Object>> cols = new java.util.ArrayList<>();
    for (Field f : schema.getFields()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", f.getName());
      c.put("type", f.getDictionary() != null ? "utf8 (dictionary-encoded, int32 indices)" : describe(f));
      c.put("nullable", f.isNullable());
      cols.add(c);
    }
    return cols;
  }

  private static String describe(Field f) {
    if (!f.getChildren().isEmpty()) {
      return f.getType().toString().toLowerCase(Locale.ROOT) + "<" + describe(f.getChildren().get(0)) + ">";
    }
    return f.getType().toString();
  }

  /** Map.of has no order; copy every map into insertion order sorted by key where the order is not meaningful. */
  @SuppressWarnings("unchecked")
  private static Object sortedForStableOutput(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = m instanceof LinkedHashMap ? new LinkedHashMap<>() : new java.util.TreeMap<>();
      ((Map<String, Object>) m).forEach((k, v) -> out.put(k, sortedForStableOutput(v)));
      return out;
    }
    if (value instanceof List<?> l) {
      return l.stream().map(ContractDocs::sortedForStableOutput).toList();
    }
    return value;
  }
}
