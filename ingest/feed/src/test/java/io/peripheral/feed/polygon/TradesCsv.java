package io.peripheral.feed.polygon;

import io.peripheral.schemas.trade.Trade;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/** Writes Polygon-format trades files for tests, row by row (raw rows allow malformed ones). */
public final class TradesCsv {
  public static final String HEADER = "ticker,conditions,correction,exchange,id,participant_timestamp,price,"
      + "sequence_number,sip_timestamp,size,tape,trf_id,trf_timestamp";
  private final List<String> lines = new ArrayList<>();

  public static TradesCsv withHeader() {
    TradesCsv csv = new TradesCsv();
    csv.lines.add(HEADER);
    return csv;
  }

  public TradesCsv raw(String line) {
    lines.add(line);
    return this;
  }

  public TradesCsv trade(Trade t) {
    return raw(row(t));
  }

  public static String row(Trade t) {
    String conditions = IntStream.of(t.conditions()).mapToObj(Integer::toString).collect(Collectors.joining(","));
    return String.join(",", t.symbol(), conditions.contains(",") ? "\"" + conditions + "\"" : conditions,
        Integer.toString(t.correction()), Integer.toString(t.exchange()), t.tradeId(),
        t.participantTimestamp() == 0 ? "" : Long.toString(t.participantTimestamp()), plain(t.price()), Long.toString(t.sequenceNumber()),
        Long.toString(t.sipTimestamp()), plain(t.size()), Integer.toString(t.tape()),
        t.trfId() < 0 ? "" : Integer.toString(t.trfId()), t.trfTimestamp() == 0 ? "" : Long.toString(t.trfTimestamp()));
  }

  private static String plain(double v) {
    return new java.math.BigDecimal(Double.toString(v)).toPlainString();
  }

  public int lineCount() {
    return lines.size();
  }

  public Path write(Path file) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
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
