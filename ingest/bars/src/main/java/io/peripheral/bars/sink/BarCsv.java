package io.peripheral.bars.sink;

import io.peripheral.schemas.bar.Bar;
import java.util.List;
import java.util.Locale;

/**
 * Bars as the CSV rows {@link BarRepository#COPY_STAGE} reads: every string quoted (an unquoted empty field is
 * SQL NULL, a quoted one an empty string), numbers as Java writes them (PostgreSQL reads NaN and Infinity too),
 * vwap NULL for a bar without volume.
 */
final class BarCsv {
  private BarCsv() {}

  static String rows(List<Bar> bars) {
    StringBuilder out = new StringBuilder(bars.size() * 160);
    for (Bar b : bars) {
      quoted(out, b.symbol()).append(',');
      quoted(out, b.interval().code()).append(',');
      out.append(b.start()).append(',');
      out.append(b.open()).append(',').append(b.high()).append(',').append(b.low()).append(',').append(b.close())
          .append(',').append(b.volume()).append(',');
      if (b.volume() > 0) {
        out.append(b.vwap());
      }
      out.append(',').append(b.tradeCount()).append(',');
      if (b.session() != null) {
        quoted(out, b.session().name().toLowerCase(Locale.ROOT));
      }
      out.append(',');
      quoted(out, b.source().code()).append(',');
      out.append(b.source().precedence()).append(',').append(b.revision()).append(',');
      if (b.rulesVersion() != null) {
        quoted(out, b.rulesVersion());
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static StringBuilder quoted(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        out.append('"');
      }
      out.append(ch);
    }
    return out.append('"');
  }
}
