package io.peripheral.feed.polygon;

import io.peripheral.feed.order.TradeSource;
import io.peripheral.schemas.trade.Trade;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Streams a Polygon flat-file trades CSV ({@code .csv} or {@code .csv.gz}) as {@link Trade}s with constant
 * memory. Columns are located by header name; a malformed row goes to the {@link RejectSink} with its file,
 * line number and reason, and reading goes on. Hand-written byte-level parsing: no regex, no per-field Strings
 * except the trade id (tickers are interned).
 */
public final class PolygonTradesReader implements TradeSource {
  private static final int[] NO_CONDITIONS = new int[0];
  private static final long MIN_TIMESTAMP = 631_152_000_000_000_000L; // 1990-01-01
  private static final long MAX_TIMESTAMP = 4_102_444_800_000_000_000L; // 2100-01-01
  private static final double[] POW10 = new double[23];

  static {
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = Math.pow(10, i);
    }
  }

  private final String file;
  private final InputStream in;
  private final RejectSink rejects;
  private final TradesHeader header;
  private final int columns;
  private final int[] starts;
  private final int[] ends;
  private final SymbolTable symbols = new SymbolTable();

  private byte[] buf = new byte[1 << 20];
  private int pos;
  private int limit;
  private boolean eof;
  private int lineStart;
  private int lineEnd;
  private long line;
  private long rowsRead;
  private long rowsRejected;

  private PolygonTradesReader(String file, InputStream in, RejectSink rejects) throws IOException {
    this.file = file;
    this.in = in;
    this.rejects = rejects;
    if (!readLine()) {
      throw new FeedInputException("file " + file + " is empty (no header line)");
    }
    int from = lineStart;
    if (lineEnd - from >= 3 && (buf[from] & 0xff) == 0xEF && (buf[from + 1] & 0xff) == 0xBB
        && (buf[from + 2] & 0xff) == 0xBF) {
      from += 3;
    }
    this.header = TradesHeader.parse(file, new String(buf, from, lineEnd - from, StandardCharsets.UTF_8));
    this.columns = header.columns();
    this.starts = new int[columns];
    this.ends = new int[columns];
  }

  /**
   * Opens {@code path}; fails with {@link FeedInputException} when it is missing, empty or lacks a usable
   * header. A file with a header but no rows is empty too.
   */
  public static PolygonTradesReader open(Path path, RejectSink rejects) {
    String name = path.toString();
    if (!Files.isRegularFile(path)) {
      throw new FeedInputException("file " + name + " does not exist or is not a regular file");
    }
    InputStream in = null;
    try {
      in = Files.newInputStream(path);
      if (name.endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      PolygonTradesReader reader = new PolygonTradesReader(name, in, rejects);
      if (!reader.hasMoreData()) {
        reader.close();
        throw new FeedInputException("file " + name + " is empty (a header but no rows)");
      }
      return reader;
    } catch (NoSuchFileException e) {
      throw new FeedInputException("file " + name + " does not exist", e);
    } catch (IOException e) {
      closeQuietly(in);
      throw new FeedInputException("cannot read " + name + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  public String file() {
    return file;
  }

  /** Data rows read so far, rejected ones included (the header is not a row). */
  public long rowsRead() {
    return rowsRead;
  }

  public long rowsRejected() {
    return rowsRejected;
  }

  @Override
  public Trade next() {
    try {
      while (readLine()) {
        if (lineEnd == lineStart) {
          continue;
        }
        rowsRead++;
        try {
          return parseRow();
        } catch (RowException e) {
          rowsRejected++;
          rejects.reject(new Reject(file, line, e.getMessage(),
              new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8)));
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " at line " + line + ": " + e.getMessage(), e);
    }
  }

  private boolean hasMoreData() throws IOException {
    while (true) {
      for (int i = pos; i < limit; i++) {
        byte b = buf[i];
        if (b != '\n' && b != '\r' && b != ' ') {
          return true;
        }
      }
      if (eof) {
        return false;
      }
      fill();
    }
  }

  private Trade parseRow() {
    int n = split();
    if (n != columns) {
      throw new RowException("expected " + columns + " columns, found " + n);
    }
    TradesHeader h = header;
    int t = h.ticker;
    if (ends[t] == starts[t]) {
      throw new RowException("ticker is empty");
    }
    String symbol = symbols.intern(buf, starts[t], ends[t]);
    long sip = timestamp("sip_timestamp", h.sip, true);
    long participant = h.participant < 0 ? 0 : timestamp("participant_timestamp", h.participant, false);
    double price = decimal("price", h.price);
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new RowException("price must be positive, was " + field(h.price));
    }
    double size = decimal("size", h.size);
    if (!(size > 0) || Double.isInfinite(size)) {
      throw new RowException("size must be positive, was " + field(h.size));
    }
    int[] conditions = h.conditions < 0 ? NO_CONDITIONS : conditions(h.conditions);
    int correction = h.correction < 0 ? 0 : optionalInt("correction", h.correction, 0);
    int exchange = h.exchange < 0 ? 0 : optionalInt("exchange", h.exchange, 0);
    int tape = h.tape < 0 ? 0 : optionalInt("tape", h.tape, 0);
    String id = h.id < 0 ? "" : new String(buf, starts[h.id], ends[h.id] - starts[h.id], StandardCharsets.ISO_8859_1);
    long sequence = h.sequence < 0 || starts[h.sequence] == ends[h.sequence] ? 0 : parseLong("sequence_number", h.sequence);
    int trfId = h.trfId < 0 ? -1 : optionalInt("trf_id", h.trfId, -1);
    long trfTimestamp = h.trfTimestamp < 0 ? 0 : timestamp("trf_timestamp", h.trfTimestamp, false);
    try {
      return new Trade(symbol, sip, participant, price, size, exchange, tape, conditions, id, sequence, correction,
          trfId, trfTimestamp);
    } catch (IllegalArgumentException e) {
      throw new RowException(e.getMessage());
    }
  }

  /** Splits the current line into fields; returns how many there are. Quotes hold commas ({@code "12,37"}). */
  private int split() {
    int n = 0;
    int i = lineStart;
    int end = lineEnd;
    byte[] b = buf;
    while (true) {
      if (n == columns) {
        return countFields();
      }
      if (i < end && b[i] == '"') {
        int q = i + 1;
        while (q < end && b[q] != '"') {
          q++;
        }
        if (q >= end) {
          throw new RowException("unterminated quote in column " + (n + 1));
        }
        starts[n] = i + 1;
        ends[n] = q;
        n++;
        i = q + 1;
        if (i == end) {
          return n;
        }
        if (b[i] != ',') {
          throw new RowException("unexpected character after the quoted column " + n);
        }
        i++;
      } else {
        int c = i;
        while (c < end && b[c] != ',') {
          c++;
        }
        starts[n] = i;
        ends[n] = c;
        n++;
        if (c == end) {
          return n;
        }
        i = c + 1;
      }
    }
  }

  private int countFields() {
    int n = 1;
    boolean quoted = false;
    for (int i = lineStart; i < lineEnd; i++) {
      byte c = buf[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        n++;
      }
    }
    return n;
  }

  private long timestamp(String name, int col, boolean required) {
    if (starts[col] == ends[col]) {
      if (required) {
        throw new RowException(name + " is empty");
      }
      return 0;
    }
    long v = parseLong(name, col);
    if (v == 0 && !required) {
      return 0;
    }
    if (v < MIN_TIMESTAMP || v > MAX_TIMESTAMP) {
      throw new RowException(name + " is not a nanosecond timestamp between 1990 and 2100: " + v);
    }
    return v;
  }

  private int optionalInt(String name, int col, int absent) {
    if (starts[col] == ends[col]) {
      return absent;
    }
    long v = parseLong(name, col);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new RowException(name + " out of range: " + v);
    }
    return (int) v;
  }

  private long parseLong(String name, int col) {
    int i = starts[col];
    int end = ends[col];
    boolean negative = false;
    if (i < end && buf[i] == '-') {
      negative = true;
      i++;
    }
    if (i == end || end - i > 19) {
      return slowLong(name, col);
    }
    byte[] b = buf;
    long v = 0;
    for (; i < end; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        throw new RowException(name + " is not an integer: '" + field(col) + "'");
      }
      if (v >= 922_337_203_685_477_580L) { // the next digit may overflow: let the JDK decide
        return slowLong(name, col);
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  private long slowLong(String name, int col) {
    String s = field(col);
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new RowException(name + " is not an integer: '" + s + "'");
    }
  }

  /** Parses a plain decimal ({@code 123.4500}); exponents and long mantissas fall back to the JDK parser. */
  private double decimal(String name, int col) {
    int i = starts[col];
    int end = ends[col];
    if (i == end) {
      throw new RowException(name + " is empty");
    }
    boolean negative = false;
    if (buf[i] == '-') {
      negative = true;
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    byte[] b = buf;
    for (; i < end; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return slowDouble(name, col);
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          scale++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return slowDouble(name, col);
      }
    }
    if (digits == 0) {
      throw new RowException(name + " is not a number: '" + field(col) + "'");
    }
    if (mantissa >= (1L << 53) || scale >= POW10.length) {
      return slowDouble(name, col);
    }
    double v = mantissa / POW10[scale];
    return negative ? -v : v;
  }

  private double slowDouble(String name, int col) {
    String s = field(col);
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new RowException(name + " is not a number: '" + s + "'");
    }
  }

  private int[] conditions(int col) {
    int from = starts[col];
    int end = ends[col];
    while (from < end && buf[from] == ' ') {
      from++;
    }
    if (from == end) {
      return NO_CONDITIONS;
    }
    int count = 1;
    for (int i = from; i < end; i++) {
      if (buf[i] == ',') {
        count++;
      }
    }
    int[] out = new int[count];
    int k = 0;
    int v = 0;
    int digits = 0;
    for (int i = from; i <= end; i++) {
      byte c = i < end ? buf[i] : (byte) ',';
      if (c >= '0' && c <= '9' && digits < 9) {
        v = v * 10 + (c - '0');
        digits++;
      } else if (c == ',' && digits > 0) {
        out[k++] = v;
        v = 0;
        digits = 0;
      } else if (c != ' ') {
        throw new RowException("conditions is not a list of integers: '" + field(col) + "'");
      }
    }
    return out;
  }

  private String field(int col) {
    return new String(buf, starts[col], ends[col] - starts[col], StandardCharsets.UTF_8);
  }

  private boolean readLine() throws IOException {
    while (true) {
      byte[] b = buf;
      for (int i = pos; i < limit; i++) {
        if (b[i] == '\n') {
          setLine(pos, i);
          pos = i + 1;
          return true;
        }
      }
      if (eof) {
        if (pos < limit) {
          setLine(pos, limit);
          pos = limit;
          return true;
        }
        return false;
      }
      fill();
    }
  }

  private void setLine(int from, int to) {
    lineStart = from;
    lineEnd = to > from && buf[to - 1] == '\r' ? to - 1 : to;
    line++;
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    } else if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  @Override
  public void close() {
    closeQuietly(in);
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing left to read from it
      }
    }
  }

  /** Why the current row is rejected; cheap (no stack trace): malformed rows are data, not bugs. */
  private static final class RowException extends RuntimeException {
    RowException(String message) {
      super(message, null, false, false);
    }
  }
}
