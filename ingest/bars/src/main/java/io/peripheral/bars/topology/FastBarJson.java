package io.peripheral.bars.topology;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarJson;
import io.peripheral.schemas.bar.Session;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes exactly the bytes of {@link BarJson#write} without a Jackson generator per bar (the bar topics carry
 * one final bar for roughly every other trade, so this is on the hot path). Bars whose strings would need JSON
 * escaping or are not ASCII, and non-finite numbers, go through {@link BarJson#write} itself.
 * {@code FastBarJsonTest} checks byte equality.
 */
final class FastBarJson {
  private static final byte[] SYMBOL = ascii("{\"symbol\":\"");
  private static final byte[] INTERVAL = ascii("\",\"interval\":\"");
  private static final byte[] START = ascii("\",\"start\":");
  private static final byte[] OPEN = ascii(",\"open\":");
  private static final byte[] HIGH = ascii(",\"high\":");
  private static final byte[] LOW = ascii(",\"low\":");
  private static final byte[] CLOSE = ascii(",\"close\":");
  private static final byte[] VOLUME = ascii(",\"volume\":");
  private static final byte[] VWAP = ascii(",\"vwap\":");
  private static final byte[] COUNT = ascii(",\"trade_count\":");
  private static final byte[] SESSION = ascii(",\"session\":");
  private static final byte[][] SESSION_VALUES = Arrays.stream(Session.values())
      .map(s -> ascii("\"" + s.name().toLowerCase(java.util.Locale.ROOT) + "\"")).toArray(byte[][]::new);
  private static final byte[] NULL = ascii("null");
  private static final byte[] FINAL_TRUE = ascii(",\"final\":true,\"source\":\"");
  private static final byte[] FINAL_FALSE = ascii(",\"final\":false,\"source\":\"");
  private static final byte[] REVISION = ascii("\",\"revision\":");
  private static final byte[] RULES = ascii(",\"rules_version\":");

  /** Bytes of every fixed part: property names, punctuation, closing brace. */
  private static final int FIXED = SYMBOL.length + INTERVAL.length + START.length + OPEN.length + HIGH.length
      + LOW.length + CLOSE.length + VOLUME.length + VWAP.length + COUNT.length + SESSION.length + REVISION.length
      + RULES.length + 1;

  private FastBarJson() {}

  static Serializer<Object> serializer() {
    return (topic, value) -> value == null ? null : write((Bar) value);
  }

  static byte[] write(Bar bar) {
    if (!plain(bar.symbol()) || (bar.rulesVersion() != null && !plain(bar.rulesVersion()))
        || !finite(bar.open()) || !finite(bar.high()) || !finite(bar.low()) || !finite(bar.close())
        || !finite(bar.volume()) || !finite(bar.vwap())) {
      return BarJson.write(bar);
    }
    String symbol = bar.symbol();
    String interval = bar.interval().code();
    String start = Long.toString(bar.start());
    String open = Double.toString(bar.open());
    String high = Double.toString(bar.high());
    String low = Double.toString(bar.low());
    String close = Double.toString(bar.close());
    String volume = Double.toString(bar.volume());
    String vwap = Double.toString(bar.vwap());
    String count = Long.toString(bar.tradeCount());
    byte[] session = bar.session() == null ? NULL : SESSION_VALUES[bar.session().ordinal()];
    byte[] fin = bar.isFinal() ? FINAL_TRUE : FINAL_FALSE;
    String source = bar.source().code();
    String revision = Integer.toString(bar.revision());
    String rules = bar.rulesVersion();
    int length = FIXED + symbol.length() + interval.length() + start.length() + open.length() + high.length()
        + low.length() + close.length() + volume.length() + vwap.length() + count.length() + session.length
        + fin.length + source.length() + revision.length() + (rules == null ? NULL.length : rules.length() + 2);
    Out o = new Out(length);
    o.put(SYMBOL).put(symbol).put(INTERVAL).put(interval).put(START).put(start).put(OPEN).put(open).put(HIGH).put(high)
        .put(LOW).put(low).put(CLOSE).put(close).put(VOLUME).put(volume).put(VWAP).put(vwap).put(COUNT).put(count)
        .put(SESSION).put(session).put(fin).put(source).put(REVISION).put(revision).put(RULES);
    if (rules == null) {
      o.put(NULL);
    } else {
      o.put((byte) '"').put(rules).put((byte) '"');
    }
    o.put((byte) '}');
    return o.buf;
  }

  /** True when Jackson writes the string as-is: printable ASCII without quote or backslash. */
  private static boolean plain(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static boolean finite(double d) {
    return Double.isFinite(d);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** A byte array of the exact final length, filled front to back. */
  private static final class Out {
    final byte[] buf;
    int len;

    Out(int length) {
      buf = new byte[length];
    }

    Out put(byte[] b) {
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
      return this;
    }

    Out put(byte b) {
      buf[len++] = b;
      return this;
    }

    /** ASCII only (checked by the caller or known). */
    Out put(String s) {
      int n = s.length();
      for (int i = 0; i < n; i++) {
        buf[len + i] = (byte) s.charAt(i);
      }
      len += n;
      return this;
    }
  }
}
