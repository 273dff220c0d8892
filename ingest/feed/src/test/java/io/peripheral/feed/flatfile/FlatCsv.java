package io.peripheral.feed.flatfile;

import io.peripheral.schemas.quote.Quote;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/** Writes Polygon-format quotes and aggregates files for tests, row by row (raw rows allow malformed ones). */
public final class FlatCsv {
  public static final String QUOTES_HEADER = "ticker,ask_exchange,ask_price,ask_size,bid_exchange,bid_price,bid_size,"
      + "conditions,indicators,participant_timestamp,sequence_number,sip_timestamp,tape,trf_timestamp";
  public static final String AGGS_HEADER = "ticker,volume,open,close,high,low,window_start,transactions";
  private final List<String> lines = new ArrayList<>();

  public static FlatCsv quotes() {
    return new FlatCsv().raw(QUOTES_HEADER);
  }

  public static FlatCsv aggs() {
    return new FlatCsv().raw(AGGS_HEADER);
  }

  public FlatCsv raw(String line) {
    lines.add(line);
    return this;
  }

  public FlatCsv quote(Quote q) {
    return raw(String.join(",", q.symbol(), Integer.toString(q.askExchange()), plain(q.askPrice()),
        plain(q.askSize()), Integer.toString(q.bidExchange()), plain(q.bidPrice()), plain(q.bidSize()),
        list(q.conditions()), list(q.indicators()),
        q.participantTimestamp() == 0 ? "" : Long.toString(q.participantTimestamp()),
        Long.toString(q.sequenceNumber()), Long.toString(q.sipTimestamp()), Integer.toString(q.tape()),
        q.trfTimestamp() == 0 ? "" : Long.toString(q.trfTimestamp())));
  }

  private static String list(int[] values) {
    String s = IntStream.of(values).mapToObj(Integer::toString).collect(Collectors.joining(","));
    return s.contains(",") ? "\"" + s + "\"" : s;
  }

  private static String plain(double v) {
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  public Path write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (String line : lines) {
        w.write(line);
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
