package io.peripheral.feed.polygon.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Parses Polygon WebSocket frames: a JSON array whose elements may mix event types. Bad input never throws:
 * a malformed frame, an unknown {@code ev} or an event missing a required field is counted in
 * {@link ParseCounters}, logged with a sample (the first few and then every 1,000th), and skipped.
 */
public final class FrameParser {
  private static final Logger LOG = Logger.getLogger(FrameParser.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ParseCounters counters;

  public FrameParser(ParseCounters counters) {
    this.counters = counters;
  }

  /** Hands every data event of the frame to the sink, in frame order; status elements are skipped. */
  public void parse(String frame, LiveEventSink sink) {
    JsonNode root = read(frame);
    if (root == null) {
      return;
    }
    for (JsonNode e : root) {
      String ev = e.path("ev").asText("");
      try {
        switch (ev) {
          case "T" -> sink.trade(EventMapping.trade(e));
          case "Q" -> sink.quote(EventMapping.quote(e));
          case "A" -> sink.aggregate(EventMapping.aggregate(AggregateEvent.Kind.SECOND, e));
          case "AM" -> sink.aggregate(EventMapping.aggregate(AggregateEvent.Kind.MINUTE, e));
          case "status" -> { }
          default -> sample(counters.unknownEvent(), "unknown ev '" + ev + "'", e.toString());
        }
      } catch (IllegalArgumentException ex) {
        sample(counters.invalidEvent(), "invalid " + ev + " event (" + ex.getMessage() + ")", e.toString());
      }
    }
  }

  /** The status messages of a frame, and whether it holds anything else (data, or something to count). */
  public record Statuses(List<StatusEvent> events, boolean hasOther) {}

  /** Reads a frame's status messages (for the connection's handshake) without mapping its data events. */
  public static Statuses statuses(String frame) {
    if (!frame.contains("\"status\"")) {
      return new Statuses(List.of(), true);
    }
    List<StatusEvent> out = new ArrayList<>(1);
    boolean other = false;
    try {
      JsonNode root = JSON.readTree(frame);
      for (JsonNode e : root.isArray() ? root : JSON.createArrayNode().add(root)) {
        if ("status".equals(e.path("ev").asText())) {
          out.add(new StatusEvent(e.path("status").asText(), e.path("message").asText()));
        } else {
          other = true;
        }
      }
    } catch (JsonProcessingException e) {
      other = true; // the processing thread counts the malformed frame
    }
    return new Statuses(out, other);
  }

  private JsonNode read(String frame) {
    try {
      JsonNode root = JSON.readTree(frame);
      if (root == null || !root.isArray()) {
        sample(counters.malformedFrame(), "frame is not a JSON array", frame);
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      sample(counters.malformedFrame(), "malformed JSON frame (" + e.getOriginalMessage() + ")", frame);
      return null;
    }
  }

  private static void sample(long count, String what, String text) {
    if (count <= 5 || count % 1000 == 0) {
      String s = text.length() > 300 ? text.substring(0, 300) + "..." : text;
      LOG.warnf("skipped %s (%,d so far): %s", what, count, s);
    }
  }
}
