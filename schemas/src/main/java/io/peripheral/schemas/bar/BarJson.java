package io.peripheral.schemas.bar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON form of a {@link Bar} on the bar topics (described by {@code schemas/json/bar.schema.json}).
 * Hand-written streaming code: the field list here is the contract, {@link #FIELDS} feeds the JSON Schema.
 */
public final class BarJson {
  /** Every property, in the order written. */
  public static final List<String> FIELDS = List.of("symbol", "interval", "start", "open", "high", "low", "close",
      "volume", "vwap", "trade_count", "session", "final", "source", "revision", "rules_version");

  // Doubles are written as the shortest decimal that reads back as the same double (Schubfach, as Java 19+'s
  // Double.toString); Java 17's Double.toString occasionally writes more digits than needed.
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  private BarJson() {}

  public static byte[] write(Bar bar) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("symbol", bar.symbol());
      g.writeStringField("interval", bar.interval().code());
      g.writeNumberField("start", bar.start());
      g.writeNumberField("open", bar.open());
      g.writeNumberField("high", bar.high());
      g.writeNumberField("low", bar.low());
      g.writeNumberField("close", bar.close());
      g.writeNumberField("volume", bar.volume());
      g.writeNumberField("vwap", bar.vwap());
      g.writeNumberField("trade_count", bar.tradeCount());
      if (bar.session() == null) {
        g.writeNullField("session");
      } else {
        g.writeStringField("session", bar.session().name().toLowerCase(java.util.Locale.ROOT));
      }
      g.writeBooleanField("final", bar.isFinal());
      g.writeStringField("source", bar.source().code());
      g.writeNumberField("revision", bar.revision());
      if (bar.rulesVersion() == null) {
        g.writeNullField("rules_version");
      } else {
        g.writeStringField("rules_version", bar.rulesVersion());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Parses one bar; throws {@link IllegalArgumentException} naming the field that is missing or wrong. */
  public static Bar read(byte[] json) {
    String symbol = null;
    String interval = null;
    Long start = null;
    double open = Double.NaN;
    double high = Double.NaN;
    double low = Double.NaN;
    double close = Double.NaN;
    double volume = 0;
    double vwap = Double.NaN;
    long count = 0;
    String session = null;
    boolean fin = false;
    String source = null;
    int revision = 0;
    String rules = null;
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("bar JSON must be an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        boolean isNull = t == JsonToken.VALUE_NULL;
        switch (name) {
          case "symbol" -> symbol = p.getValueAsString();
          case "interval" -> interval = p.getValueAsString();
          case "start" -> start = p.getLongValue();
          case "open" -> open = p.getDoubleValue();
          case "high" -> high = p.getDoubleValue();
          case "low" -> low = p.getDoubleValue();
          case "close" -> close = p.getDoubleValue();
          case "volume" -> volume = p.getDoubleValue();
          case "vwap" -> vwap = p.getDoubleValue();
          case "trade_count" -> count = p.getLongValue();
          case "session" -> session = isNull ? null : p.getValueAsString();
          case "final" -> fin = p.getBooleanValue();
          case "source" -> source = p.getValueAsString();
          case "revision" -> revision = p.getIntValue();
          case "rules_version" -> rules = isNull ? null : p.getValueAsString();
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("bar JSON is malformed: " + e.getMessage(), e);
    }
    if (symbol == null || interval == null || start == null || source == null) {
      throw new IllegalArgumentException("bar JSON lacks one of symbol, interval, start, source");
    }
    return new Bar(symbol, Interval.parse(interval), start, open, high, low, close, volume, vwap, count,
        session == null ? null : Session.valueOf(session.toUpperCase(java.util.Locale.ROOT)), fin,
        BarSource.parse(source), revision, rules);
  }
}
