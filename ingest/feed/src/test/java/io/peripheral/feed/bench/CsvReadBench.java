package io.peripheral.feed.bench;

import io.peripheral.feed.polygon.PolygonTradesReader;
import io.peripheral.feed.polygon.RejectSink;
import io.peripheral.feed.polygon.TradesCsv;
import io.peripheral.feed.synthetic.SyntheticSettings;
import io.peripheral.feed.synthetic.SyntheticTrades;
import io.peripheral.schemas.trade.Trade;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Not a test: rows/s of the Polygon CSV reader on an uncompressed file.
 * {@code java -cp ... io.peripheral.feed.bench.CsvReadBench [ROWS] [FILE]}; writes the file if it is missing.
 */
public final class CsvReadBench {
  private CsvReadBench() {}

  public static void main(String[] args) throws IOException {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000;
    Path file = Path.of(args.length > 1 ? args[1] : "/tmp/feed-csv-bench.csv");
    if (!Files.exists(file)) {
      SyntheticTrades src = new SyntheticTrades(SyntheticSettings.defaults(), Instant.parse("2025-06-02T13:30:00Z"));
      try (BufferedWriter w = Files.newBufferedWriter(file)) {
        w.write(TradesCsv.HEADER);
        w.newLine();
        for (long i = 0; i < rows; i++) {
          w.write(TradesCsv.row(src.next()));
          w.newLine();
        }
      }
    }
    for (int round = 0; round < 3; round++) {
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu = mx.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long n = 0;
      double sum = 0;
      try (PolygonTradesReader r = PolygonTradesReader.open(file, RejectSink.DISCARD)) {
        for (Trade t = r.next(); t != null; t = r.next()) {
          n++;
          sum += t.price();
        }
      }
      double s = (System.nanoTime() - start) / 1e9;
      double c = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
      System.out.printf("round %d: %,d rows in %.2f s = %,.0f rows/s, %.0f MB/s; %,.0f rows per CPU-second "
          + "(checksum %.0f)%n", round, n, s, n / s, Files.size(file) / s / 1e6, n / c, sum);
    }
  }
}
