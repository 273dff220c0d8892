package io.peripheral.bars.topology;

import com.fasterxml.jackson.core.io.NumberOutput;
import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarJson;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import io.peripheral.schemas.bar.Session;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes exactly the bytes of {@link BarJson#write} without a Jackson generator per bar (the bar topics carry
 * one final bar for roughly every other trade, so this is on the hot path): into a per-thread scratch array, the
 * fixed text in a few precomputed fragments (interval, session, final and source are each one of a few values),
 * digits from a table of pairs ({@link Digits}), a window start as its seconds and nine zeros, prices and volumes through {@link ShortDecimal}, and a high, low, close or
 * vwap that is the open's double copied from the open's text. Bars whose strings would
 * need JSON escaping or are not ASCII, and non-finite numbers, go through {@link BarJson#write} itself.
 * {@code FastBarJsonTest} checks byte equality.
 */
final class FastBarJson {
  private static final byte[] SYMBOL = ascii("{\"symbol\":\"");
  /** {@code ","interval":"1s","start":} and so on, by interval. */
  private static final byte[][] INTERVAL_START = Arrays.stream(Interval.values())
      .map(i -> ascii("\",\"interval\":\"" + i.code() + "\",\"start\":")).toArray(byte[][]::new);
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final byte[] NINE_ZEROS = ascii("000000000");
  private static final byte[] OPEN = ascii(",\"open\":");
  private static final byte[] HIGH = ascii(",\"high\":");
  private static final byte[] LOW = ascii(",\"low\":");
  private static final byte[] CLOSE = ascii(",\"close\":");
  private static final byte[] VOLUME = ascii(",\"volume\":");
  private static final byte[] VWAP = ascii(",\"vwap\":");
  private static final byte[] COUNT = ascii(",\"trade_count\":");
  /** {@code ,"session":"regular","final":true,"source":"live","revision":} by [session or null][final][source]. */
  private static final byte[][][][] MIDDLE = middles();
  private static final byte[] NULL_RULES_END = ascii(",\"rules_version\":null}");
  /** More than the fixed text at its longest (about 250 bytes: every fragment here, quotes and braces). */
  private static final int FIXED = 512;
  /** Longest text of a long or a double (Double.toString of a negative subnormal is 24 characters). */
  private static final int NUMBER = 25;
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[2048]);
  /** The rules version's closing text for the last version seen: the same String instance bar after bar. */
  private static volatile RulesEnd lastRules = new RulesEnd("", ascii(",\"rules_version\":\"\"}"));

  private record RulesEnd(String rules, byte[] text) {}

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
    int bound = FIXED + symbol.length() + (rules == null ? 0 : rules.length()) + 10 * NUMBER;
    byte[] buf = SCRATCH.get();
    if (buf.length < bound) {
      buf = new byte[bound];
    }
    int pos = putAscii(buf, put(buf, 0, SYMBOL), symbol);
    pos = put(buf, pos, INTERVAL_START[bar.interval().ordinal()]);
    pos = putStart(buf, pos, bar.start());
    // a bar's prices are often all the open (every bar of a single trade, its vwap then too): each one that is the
    // open's double is copied from the open's text instead of formatted again
    long open = Double.doubleToRawLongBits(bar.open());
    int openAt = put(buf, pos, OPEN);
    pos = putDouble(buf, openAt, bar.open());
    int openEnd = pos;
    pos = putPrice(buf, put(buf, pos, HIGH), bar.high(), open, openAt, openEnd);
    pos = putPrice(buf, put(buf, pos, LOW), bar.low(), open, openAt, openEnd);
    pos = putPrice(buf, put(buf, pos, CLOSE), bar.close(), open, openAt, openEnd);
    pos = putDouble(buf, put(buf, pos, VOLUME), bar.volume());
    pos = putPrice(buf, put(buf, pos, VWAP), bar.vwap(), open, openAt, openEnd);
    pos = putLong(buf, put(buf, pos, COUNT), bar.tradeCount());
    Session session = bar.session();
    pos = put(buf, pos, MIDDLE[session == null ? Session.values().length : session.ordinal()][bar.isFinal() ? 1 : 0]
        [bar.source().ordinal()]);
    pos = putLong(buf, pos, bar.revision());
    pos = put(buf, pos, rules == null ? NULL_RULES_END : rulesEnd(rules));
    return Arrays.copyOf(buf, pos);
  }

  private static byte[] rulesEnd(String rules) {
    RulesEnd last = lastRules;
    if (last.rules() != rules && !last.rules().equals(rules)) {
      last = new RulesEnd(rules, ascii(",\"rules_version\":\"" + rules + "\"}"));
      lastRules = last;
    }
    return last.text();
  }

  private static byte[][][][] middles() {
    Session[] sessions = Session.values();
    BarSource[] sources = BarSource.values();
    byte[][][][] out = new byte[sessions.length + 1][2][sources.length][];
    for (int s = 0; s <= sessions.length; s++) {
      String session = s == sessions.length ? "null"
          : "\"" + sessions[s].name().toLowerCase(java.util.Locale.ROOT) + "\"";
      for (int f = 0; f < 2; f++) {
        for (BarSource source : sources) {
          out[s][f][source.ordinal()] = ascii(",\"session\":" + session + ",\"final\":" + (f == 1) + ",\"source\":\""
              + source.code() + "\",\"revision\":");
        }
      }
    }
    return out;
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

  private static int put(byte[] buf, int pos, byte[] text) {
    System.arraycopy(text, 0, buf, pos, text.length);
    return pos + text.length;
  }

  /** {@code s} must be ASCII. */
  private static int putAscii(byte[] buf, int pos, String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
    return pos;
  }

  /** A window start: whole seconds in nanoseconds for every interval, so usually the seconds and nine zeros. */
  private static int putStart(byte[] buf, int pos, long start) {
    if (start > 0 && start % NANOS_PER_SECOND == 0) {
      return put(buf, Digits.write(start / NANOS_PER_SECOND, buf, pos), NINE_ZEROS);
    }
    return putLong(buf, pos, start);
  }

  private static int putLong(byte[] buf, int pos, long v) {
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        return put(buf, pos, ascii(Long.toString(v)));
      }
      buf[pos++] = '-';
      v = -v;
    }
    return Digits.write(v, buf, pos);
  }

  /** {@code d}, copied from {@code buf[from, to)} when it is the same double as {@code sameBits}. */
  private static int putPrice(byte[] buf, int pos, double d, long sameBits, int from, int to) {
    if (Double.doubleToRawLongBits(d) == sameBits) {
      System.arraycopy(buf, from, buf, pos, to - from);
      return pos + to - from;
    }
    return putDouble(buf, pos, d);
  }

  /** Finite only (checked by the caller). */
  private static int putDouble(byte[] buf, int pos, double d) {
    int end = ShortDecimal.write(d, buf, pos);
    return end >= 0 ? end : putAscii(buf, pos, NumberOutput.toString(d, true));
  }
}
