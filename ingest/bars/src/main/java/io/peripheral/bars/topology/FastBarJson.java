package io.peripheral.bars.topology;

import com.fasterxml.jackson.core.io.NumberOutput;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarJson;
import io.peripheral.schemas.bar.Session;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes exactly the bytes of {@link BarJson#write} without a Jackson generator per bar (the bar topics carry
 * one final bar for roughly every other trade, so this is on the hot path): digits go straight into the output
 * bytes, prices and volumes through {@link ShortDecimal}. Bars whose strings would need JSON escaping or are not
 * ASCII, and non-finite numbers, go through {@link BarJson#write} itself. {@code FastBarJsonTest} checks byte
 * equality.
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

  /** Bytes of every fixed part (property names, punctuation, braces), with the longest session and final. */
  private static final int FIXED = SYMBOL.length + INTERVAL.length + START.length + OPEN.length + HIGH.length
      + LOW.length + CLOSE.length + VOLUME.length + VWAP.length + COUNT.length + SESSION.length + 9
      + FINAL_FALSE.length + REVISION.length + RULES.length + 3;
  /** Longest text of a long or a double (Double.toString of a negative subnormal is 24 characters). */
  private static final int NUMBER = 25;

  private FastBarJson() {}

  static Serializer<Object> serializer() {
    return (topic, value) -> value == null ? null : write((Bar) value);
  }

  static byte[] write(Bar bar) {
    String symbol = bar.symbol();
    String rules = bar.rulesVersion();
    if (!plain(symbol) || (rules != null && !plain(rules)) || !Double.isFinite(bar.open())
        || !Double.isFinite(bar.high()) || !Double.isFinite(bar.low()) || !Double.isFinite(bar.close())
        || !Double.isFinite(bar.volume()) || !Double.isFinite(bar.vwap())) {
      return BarJson.write(bar);
    }
    String interval = bar.interval().code();
    String source = bar.source().code();
    Out o = new Out(FIXED + symbol.length() + interval.length() + source.length()
        + (rules == null ? 0 : rules.length()) + 10 * NUMBER);
    o.put(SYMBOL).put(symbol).put(INTERVAL).put(interval).put(START).putLong(bar.start())
        .put(OPEN).putDouble(bar.open()).put(HIGH).putDouble(bar.high()).put(LOW).putDouble(bar.low())
        .put(CLOSE).putDouble(bar.close()).put(VOLUME).putDouble(bar.volume()).put(VWAP).putDouble(bar.vwap())
        .put(COUNT).putLong(bar.tradeCount()).put(SESSION)
        .put(bar.session() == null ? NULL : SESSION_VALUES[bar.session().ordinal()])
        .put(bar.isFinal() ? FINAL_TRUE : FINAL_FALSE).put(source).put(REVISION).putLong(bar.revision()).put(RULES);
    if (rules == null) {
      o.put(NULL);
    } else {
      o.put((byte) '"').put(rules).put((byte) '"');
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

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** A byte array long enough for any bar, filled front to back. */
  private static final class Out {
    final byte[] buf;
    int len;

    Out(int capacity) {
      buf = new byte[capacity];
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

    Out putLong(long v) {
      if (v == Long.MIN_VALUE) {
        return put(Long.toString(v));
      }
      if (v < 0) {
        buf[len++] = '-';
        v = -v;
      }
      int digits = 1;
      for (long p = v; p >= 10; p /= 10) {
        digits++;
      }
      for (int i = len + digits - 1; i >= len; i--) {
        buf[i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      len += digits;
      return this;
    }

    /** Finite only (checked by the caller). */
    Out putDouble(double d) {
      int end = ShortDecimal.write(d, buf, len);
      if (end >= 0) {
        len = end;
        return this;
      }
      return put(NumberOutput.toString(d, true));
    }
  }
}
