package io.peripheral.feed.reconcile;

import io.peripheral.feed.FeedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Reads our final bars of one day from PostgreSQL for reconciliation (plain JDBC, one connection). */
public final class BarsRepository implements AutoCloseable {
  private final Connection connection;
  private final String url;

  private BarsRepository(Connection connection, String url) {
    this.connection = connection;
    this.url = url;
  }

  public static BarsRepository connect(String url, String user, String password) {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null && !password.isEmpty()) {
      p.setProperty("password", password);
    }
    try {
      Connection c = new org.postgresql.Driver().connect(url, p);
      if (c == null) {
        throw new FeedException("not a PostgreSQL JDBC URL: " + url);
      }
      c.setReadOnly(true);
      return new BarsRepository(c, url);
    } catch (SQLException e) {
      throw new FeedException("cannot connect to " + url + ": " + e.getMessage(), e);
    }
  }

  /** How many bars of each (interval, source, rules version) the window holds: the rules the day was built with. */
  public record RuleUse(String interval, String source, String rulesVersion, long bars) {}

  public List<RuleUse> rulesUsed(Instant from, Instant to) {
    String sql = """
        SELECT interval, source, coalesce(rules_version, '(none recorded)'), count(*) FROM bars
        WHERE interval IN ('1m', '1d') AND ts >= ? AND ts < ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""";
    List<RuleUse> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setTimestamp(1, Timestamp.from(from));
      s.setTimestamp(2, Timestamp.from(to));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new RuleUse(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read the rule versions", e);
    }
  }

  /** A replay whose files name the day, with the condition-rule version it recorded. */
  public record ReplayRun(String id, String rulesVersion, String status) {}

  /** The latest 10 replays whose files name {@code day} (Polygon's files are named by date). */
  public List<ReplayRun> replaysOf(java.time.LocalDate day) {
    String sql = "SELECT id, coalesce(rules_version, '(not recorded)'), status FROM replays WHERE files LIKE ? "
        + "ORDER BY started_at DESC LIMIT 10";
    List<ReplayRun> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, "%" + day + "%");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new ReplayRun(r.getString(1), r.getString(2), r.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read the replays", e);
    }
  }

  /** One symbol's bars of {@code interval} starting in [from, to). */
  public List<OurBar> bars(String symbol, String interval, Instant from, Instant to) {
    String sql = """
        SELECT start_ns, open, high, low, close, volume, trade_count, source, rules_version FROM bars
        WHERE symbol = ? AND interval = ? AND ts >= ? AND ts < ? ORDER BY ts""";
    List<OurBar> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, symbol);
      s.setString(2, interval);
      s.setTimestamp(3, Timestamp.from(from));
      s.setTimestamp(4, Timestamp.from(to));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new OurBar(r.getLong(1), r.getDouble(2), r.getDouble(3), r.getDouble(4), r.getDouble(5),
              r.getDouble(6), r.getLong(7), r.getString(8), r.getString(9)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read the bars of " + symbol, e);
    }
  }

  /** How many bars of {@code interval} each symbol has in [from, to). */
  public Map<String, Integer> barCounts(String interval, Instant from, Instant to) {
    String sql = "SELECT symbol, count(*) FROM bars WHERE interval = ? AND ts >= ? AND ts < ? GROUP BY symbol";
    Map<String, Integer> out = new HashMap<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, interval);
      s.setTimestamp(2, Timestamp.from(from));
      s.setTimestamp(3, Timestamp.from(to));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getInt(2));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("count the bars", e);
    }
  }

  private FeedException failure(String what, SQLException e) {
    return new FeedException("could not " + what + " in " + url + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing a read-only connection: nothing to lose
    }
  }
}
