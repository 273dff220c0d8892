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
    Out o = new Out(256);
    o.put(SYMBOL).put(bar.symbol()).put(INTERVAL).put(bar.interval().code()).put(START).put(Long.toString(bar.start()))
        .put(OPEN).put(Double.toString(bar.open())).put(HIGH).put(Double.toString(bar.high()))
        .put(LOW).put(Double.toString(bar.low())).put(CLOSE).put(Double.toString(bar.close()))
        .put(VOLUME).put(Double.toString(bar.volume())).put(VWAP).put(Double.toString(bar.vwap()))
        .put(COUNT).put(Long.toString(bar.tradeCount())).put(SESSION)
        .put(bar.session() == null ? NULL : SESSION_VALUES[bar.session().ordinal()])
        .put(bar.isFinal() ? FINAL_TRUE : FINAL_FALSE).put(bar.source().code()).put(REVISION)
        .put(Integer.toString(bar.revision())).put(RULES);
    if (bar.rulesVersion() == null) {
      o.put(NULL);
    } else {
      o.put((byte) '"').put(bar.rulesVersion()).put((byte) '"');
    }
    o.put((byte) '}');
    return Arrays.copyOf(o.buf, o.len);
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

  private static final class Out {
    byte[] buf;
    int len;

    Out(int capacity) {
      buf = new byte[capacity];
    }

    private void ensure(int extra) {
      if (len + extra > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
      }
    }

    Out put(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
      return this;
    }

    Out put(byte b) {
      ensure(1);
      buf[len++] = b;
      return this;
    }

    /** ASCII only (checked by the caller or known). */
    Out put(String s) {
      int n = s.length();
      ensure(n);
      for (int i = 0; i < n; i++) {
        buf[len + i] = (byte) s.charAt(i);
      }
      len += n;
      return this;
    }
  }
}
