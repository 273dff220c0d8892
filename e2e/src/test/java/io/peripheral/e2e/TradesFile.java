package io.peripheral.e2e;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a Polygon flat-file trades CSV with known content: a few symbols unique to the test run, realistic
 * conditions (odd lots 37, form-T 12, 15/16, 38), cancelled prints (correction 8), fractional sizes and a
 * couple of malformed rows that the replay must reject.
 */
final class TradesFile {
  static final String HEADER =
      "ticker,conditions,correction,exchange,id,participant_timestamp,price,sequence_number,sip_timestamp,size,tape,trf_id,trf_timestamp";

  /** One valid row of the file, as the test reads it back. */
  record Row(String symbol, long sip, double price, double size, int[] conditions, int correction) {}

  final List<Row> rows = new ArrayList<>();
  final int malformedRows;
  final Path path;

  private TradesFile(Path path, int malformedRows) {
    this.path = path;
    this.malformedRows = malformedRows;
  }

  /** {@code trades} valid rows over {@code symbols} symbols across 6.5 hours starting at {@code startNs}. */
  static TradesFile write(Path path, List<String> symbols, int trades, long startNs, long seed) throws IOException {
    Random random = new Random(seed);
    TradesFile file = new TradesFile(path, 2);
    long span = 6L * 3600 * 1_000_000_000L + 30L * 60 * 1_000_000_000L;
    long step = span / trades;
    double[] prices = new double[symbols.size()];
    for (int s = 0; s < prices.length; s++) {
      prices[s] = 20 + random.nextInt(400);
    }
    Files.createDirectories(path.getParent());
    try (Writer w = Files.newBufferedWriter(path)) {
      w.write(HEADER);
      w.write('\n');
      long sip = startNs;
      for (int i = 0; i < trades; i++) {
        sip += 1 + (long) (random.nextDouble() * 2 * step);
        int s = (int) Math.min(symbols.size() - 1, Math.abs(random.nextGaussian()) * symbols.size() / 2.5);
        prices[s] = Math.max(1, prices[s] * (1 + random.nextGaussian() * 0.0005));
        double price = Math.round(prices[s] * 100) / 100.0;
        int[] conditions = conditions(random);
        double size = random.nextInt(20) == 0 ? Math.round(random.nextDouble() * 1e4) / 1e4 + 0.0001
            : (conditions.length > 0 && conditions[conditions.length - 1] == 37 ? 1 + random.nextInt(99)
                : 100 * (1 + random.nextInt(10)));
        int correction = random.nextInt(200) == 0 ? 8 : 0;
        Row row = new Row(symbols.get(s), sip, price, size, conditions, correction);
        file.rows.add(row);
        w.write(csv(row, i));
        if (i == trades / 3) {
          w.write(symbols.get(0) + ",,0,4,bad1,0,-5.0,1," + (sip + 1) + ",100,3,,\n"); // non-positive price
        }
        if (i == trades / 2) {
          w.write(symbols.get(0) + ",,0,4,bad2,0,12.5,1\n"); // too few columns
        }
      }
    }
    return file;
  }

  /**
   * The same day as the flat file published after the close would have it: the same rows, every
   * {@code every}-th one now cancelled (correction 8) — the corrections the live feed never saw.
   */
  TradesFile withCancellations(Path copy, int every) throws IOException {
    TradesFile file = new TradesFile(copy, 0);
    try (Writer w = Files.newBufferedWriter(copy)) {
      w.write(HEADER);
      w.write('\n');
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        Row corrected = i % every == every - 1 ? new Row(r.symbol(), r.sip(), r.price(), r.size(), r.conditions(), 8) : r;
        file.rows.add(corrected);
        w.write(csv(corrected, i));
      }
    }
    return file;
  }

  private static int[] conditions(Random random) {
    int r = random.nextInt(100);
    if (r < 70) {
      return new int[0];
    }
    if (r < 82) {
      return new int[] {37};
    }
    if (r < 88) {
      return new int[] {12, 37};
    }
    if (r < 92) {
      return new int[] {12};
    }
    if (r < 95) {
      return new int[] {15};
    }
    if (r < 97) {
      return new int[] {38};
    }
    return new int[] {14, 41};
  }

  private static String csv(Row r, int i) {
    StringBuilder conds = new StringBuilder();
    for (int c : r.conditions()) {
      conds.append(conds.length() == 0 ? "" : ",").append(c);
    }
    String quoted = r.conditions().length > 1 ? "\"" + conds + "\"" : conds.toString();
    return r.symbol() + "," + quoted + "," + r.correction() + ",4," + (1000 + i) + "," + (r.sip() - 500) + ","
        + r.price() + "," + i + "," + r.sip() + "," + r.size() + ",3,,\n";
  }
}
