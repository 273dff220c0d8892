package io.peripheral.feed.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Writes "our" final bars straight into the bars table, as a replay with the built-in rules would have. */
final class OurBarRows {
  private OurBarRows() {}

  static void insert(Connection c, String symbol, String interval, long startNs, double o, double h, double l,
      double close, double v) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("""
        INSERT INTO bars (symbol, interval, ts, start_ns, open, high, low, close, volume, vwap, trade_count, session,
                          source, precedence, revision, rules_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, 'replay', 1, 0, 'builtin-1')""")) {
      s.setString(1, symbol);
      s.setString(2, interval);
      s.setTimestamp(3, Timestamp.from(Instant.ofEpochSecond(startNs / 1_000_000_000L)));
      s.setLong(4, startNs);
      s.setDouble(5, o);
      s.setDouble(6, h);
      s.setDouble(7, l);
      s.setDouble(8, close);
      s.setDouble(9, v);
      s.setDouble(10, close);
      s.executeUpdate();
    }
  }
}
