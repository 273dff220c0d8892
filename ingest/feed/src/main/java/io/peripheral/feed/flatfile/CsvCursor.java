package io.peripheral.feed.flatfile;

import io.peripheral.feed.polygon.FeedInputException;
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
 * A forward-only cursor over the rows of a Polygon flat file ({@code .csv} or {@code .csv.gz}) with constant
 * memory: one growable line buffer, fields located in place (no per-field Strings unless asked), numbers parsed
 * from the bytes. Quoted fields hold commas ({@code "12,37"}). A field that cannot be parsed throws
 * {@link BadRowException}, which readers turn into a reject entry.
 */
public final class CsvCursor implements AutoCloseable {
  private static final long MIN_TIMESTAMP = 631_152_000_000_000_000L; // 1990-01-01
  private static final long MAX_TIMESTAMP = 4_102_444_800_000_000_000L; // 2100-01-01
  private static final int[] NO_INTS = new int[0];
  private static final double[] POW10 = new double[23];

  static {
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = Math.pow(10, i);
    }
  }

  private final String file;
  private final InputStream in;
  private final String header;
  private final SymbolInterner symbols = new SymbolInterner();
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private byte[] buf = new byte[1 << 20];
  private int pos;
  private int limit;
  private boolean eof;
  private int lineStart;
  private int lineEnd;
  private long line;

  private CsvCursor(String file, InputStream in) throws IOException {
    this.file = file;
    this.in = in;
    if (!readLine()) {
      throw new FeedInputException("file " + file + " is empty (no header line)");
    }
    int from = lineStart;
    if (lineEnd - from >= 3 && (buf[from] & 0xff) == 0xEF && (buf[from + 1] & 0xff) == 0xBB
        && (buf[from + 2] & 0xff) == 0xBF) {
      from += 3; // UTF-8 byte order mark
    }
    this.header = new String(buf, from, lineEnd - from, StandardCharsets.UTF_8);
  }

  /** Opens {@code path} and reads its header; a missing, empty or header-only file is a {@link FeedInputException}. */
  public static CsvCursor open(Path path) {
    String name = path.toString();
    if (!Files.isRegularFile(path)) {
      throw new FeedInputException("file " + name + " does not exist or is not a regular file");
    }
    InputStream in = null;
    try {
      in = Files.newInputStream(path);
      if (name.endsWith(".gz")) {
        // decompression on a core of its own, parsing on this one (1 MiB of buffers per open file)
        in = new ReadAheadInputStream(new GZIPInputStream(in, 1 << 16), 1 << 18, 4,
            "inflate " + path.getFileName());
      }
      CsvCursor cursor = new CsvCursor(name, in);
      if (!cursor.hasMoreData()) {
        cursor.close();
        throw new FeedInputException("file " + name + " is empty (a header but no rows)");
      }
      return cursor;
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

  public String header() {
    return header;
  }

  /** 1-based line number of the current row (the header is line 1). */
  public long line() {
    return line;
  }

  /** Moves to the next non-blank line; false at the end of the file. */
  public boolean next() {
    try {
      while (readLine()) {
        if (lineEnd != lineStart) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " at line " + line + ": " + e.getMessage(), e);
    }
  }

  public String rowText() {
    return new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
  }

  /** Splits the current row into fields; fails unless there are exactly {@code columns}. */
  public void split(int columns) {
    if (starts.length < columns + 1) {
      starts = new int[columns + 1];
      ends = new int[columns + 1];
    }
    int n = 0;
    int i = lineStart;
    int end = lineEnd;
    byte[] b = buf;
    while (true) {
      if (n == columns) {
        throw new BadRowException("expected " + columns + " columns, found " + countFields());
      }
      if (i < end && b[i] == '"') {
        int q = i + 1;
        while (q < end && b[q] != '"') {
          q++;
        }
        if (q >= end) {
          throw new BadRowException("unterminated quote in column " + (n + 1));
        }
        starts[n] = i + 1;
        ends[n] = q;
        n++;
        i = q + 1;
        if (i == end) {
          break;
        }
        if (b[i] != ',') {
          throw new BadRowException("unexpected character after the quoted column " + n);
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
          break;
        }
        i = c + 1;
      }
    }
    if (n != columns) {
      throw new BadRowException("expected " + columns + " columns, found " + n);
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

  public boolean isEmpty(int col) {
    return starts[col] == ends[col];
  }

  public String text(int col) {
    return new String(buf, starts[col], ends[col] - starts[col], StandardCharsets.UTF_8);
  }

  /** The ticker of {@code col}, one String per distinct symbol. */
  public String symbol(String name, int col) {
    if (isEmpty(col)) {
      throw new BadRowException(name + " is empty");
    }
    return symbols.intern(buf, starts[col], ends[col]);
  }

  /** A nanosecond timestamp between 1990 and 2100; an empty or 0 optional one is 0. */
  public long timestamp(String name, int col, boolean required) {
    if (isEmpty(col)) {
      if (required) {
        throw new BadRowException(name + " is empty");
      }
      return 0;
    }
    long v = longValue(name, col);
    if (v == 0 && !required) {
      return 0;
    }
    if (v < MIN_TIMESTAMP || v > MAX_TIMESTAMP) {
      throw new BadRowException(name + " is not a nanosecond timestamp between 1990 and 2100: " + v);
    }
    return v;
  }

  public int intValue(String name, int col, int absent) {
    if (isEmpty(col)) {
      return absent;
    }
    long v = longValue(name, col);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new BadRowException(name + " out of range: " + v);
    }
    return (int) v;
  }

  public long longValue(String name, int col) {
    int i = starts[col];
    int end = ends[col];
    boolean negative = false;
    if (i < end && buf[i] == '-') {
      negative = true;
      i++;
    }
    // nanosecond timestamps have 19 digits: up to 18 cannot overflow, the 19th is checked
    if (i == end || end - i > 19) {
      return slowLong(name, col);
    }
    long v = 0;
    int safeEnd = Math.min(end, i + 18);
    for (; i < safeEnd; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        throw new BadRowException(name + " is not an integer: '" + text(col) + "'");
      }
      v = v * 10 + d;
    }
    if (i < end) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        throw new BadRowException(name + " is not an integer: '" + text(col) + "'");
      }
      if (v > (Long.MAX_VALUE - d) / 10) {
        return slowLong(name, col);
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  private long slowLong(String name, int col) {
    String s = text(col);
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new BadRowException(name + " is not an integer: '" + s + "'");
    }
  }

  /** A plain decimal ({@code 123.4500}); exponents and long mantissas fall back to the JDK parser. */
  public double decimal(String name, int col) {
    int i = starts[col];
    int end = ends[col];
    if (i == end) {
      throw new BadRowException(name + " is empty");
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
    for (; i < end; i++) {
      byte c = buf[i];
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
      throw new BadRowException(name + " is not a number: '" + text(col) + "'");
    }
    if (mantissa >= (1L << 53) || scale >= POW10.length) {
      return slowDouble(name, col);
    }
    double v = mantissa / POW10[scale];
    return negative ? -v : v;
  }

  private double slowDouble(String name, int col) {
    String s = text(col);
    try {
      double v = Double.parseDouble(s);
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new BadRowException(name + " is not a number: '" + s + "'");
    }
  }

  /** A list of integers ({@code 12,37} inside quotes, or one value); empty is an empty array. */
  public int[] ints(String name, int col) {
    int from = starts[col];
    int end = ends[col];
    while (from < end && buf[from] == ' ') {
      from++;
    }
    if (from == end) {
      return NO_INTS;
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
        throw new BadRowException(name + " is not a list of integers: '" + text(col) + "'");
      }
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
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

  private boolean readLine() throws IOException {
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
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
}
