package io.peripheral.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the bars of some symbols back from PostgreSQL and compares them with the reference. */
final class BarsTable {
  record Row(ReferenceBars.Expected bar, String source, int revision, String rulesVersion) {}

  private BarsTable() {}

  static Map<String, Row> read(List<String> symbols) throws Exception {
    Map<String, Row> out = new TreeMap<>();
    try (Connection c = TestStack.db();
        PreparedStatement ps = c.prepareStatement("select symbol, interval, start_ns, open, high, low, close, volume, "
            + "trade_count, source, revision, rules_version from bars where symbol = any(?)")) {
      ps.setArray(1, c.createArrayOf("text", symbols.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ReferenceBars.Expected bar = new ReferenceBars.Expected(rs.getString(1), rs.getString(2), rs.getLong(3),
              rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getLong(9));
          out.put(bar.symbol() + "|" + bar.interval() + "|" + bar.start(),
              new Row(bar, rs.getString(10), rs.getInt(11), rs.getString(12)));
        }
      }
    }
    return out;
  }

  static int count(List<String> symbols) throws Exception {
    try (Connection c = TestStack.db();
        PreparedStatement ps = c.prepareStatement("select count(*) from bars where symbol = any(?)")) {
      ps.setArray(1, c.createArrayOf("text", symbols.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  static void assertEqual(Map<String, Row> actual, Map<String, ReferenceBars.Expected> expected, String source) {
    assertThat(actual.keySet()).as("bars (symbol|interval|start) in the database").isEqualTo(expected.keySet());
    expected.forEach((key, e) -> {
      Row row = actual.get(key);
      ReferenceBars.Expected a = row.bar();
      assertThat(a.open()).as(key + " open").isCloseTo(e.open(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(a.high()).as(key + " high").isCloseTo(e.high(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(a.low()).as(key + " low").isCloseTo(e.low(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(a.close()).as(key + " close").isCloseTo(e.close(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(a.volume()).as(key + " volume").isCloseTo(e.volume(), org.assertj.core.data.Offset.offset(1e-6));
      assertThat(a.tradeCount()).as(key + " trade_count").isEqualTo(e.tradeCount());
      assertThat(row.source()).as(key + " source").isEqualTo(source);
    });
  }
}
