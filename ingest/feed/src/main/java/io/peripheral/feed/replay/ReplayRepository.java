package io.peripheral.feed.replay;

import io.peripheral.feed.FeedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The replay's rows in PostgreSQL: its {@code replays} row, and the {@code replay_progress} rows the bars
 * service writes once a bar topic partition is stored up to its end-of-stream marker. Plain JDBC.
 */
public final class ReplayRepository {
  private static final String UNDEFINED_TABLE = "42P01";
  private final String url;
  private final Properties credentials = new Properties();

  public ReplayRepository(String url, String user, String password) {
    this.url = url;
    credentials.setProperty("user", user);
    if (password != null && !password.isEmpty()) {
      credentials.setProperty("password", password);
    }
  }

  public String url() {
    return url;
  }

  /**
   * Clears progress rows left by an earlier run of the same id, then inserts (or restarts) the replay's row, in
   * one transaction: once the row reads 'running', progress rows are this run's.
   */
  public void start(String id, String files, String rulesVersion) {
    try (Connection c = connect()) {
      boolean progressTable;
      try (PreparedStatement s = c.prepareStatement("SELECT to_regclass('replay_progress') IS NOT NULL");
          ResultSet r = s.executeQuery()) {
        r.next();
        progressTable = r.getBoolean(1);
      }
      c.setAutoCommit(false);
      if (progressTable) {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM replay_progress WHERE replay_id = ?")) {
          s.setString(1, id);
          s.executeUpdate();
        }
      }
      try (PreparedStatement s = c.prepareStatement("""
          INSERT INTO replays(id, files, rules_version, started_at, status) VALUES (?, ?, ?, now(), 'running')
          ON CONFLICT (id) DO UPDATE SET files = excluded.files, rules_version = excluded.rules_version,
            started_at = now(), finished_at = NULL, rows_read = 0, rows_rejected = 0, status = 'running'""")) {
        s.setString(1, id);
        s.setString(2, files);
        s.setString(3, rulesVersion);
        s.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      throw failure("record the start of replay " + id, e);
    }
  }

  public void finish(String id, long rowsRead, long rowsRejected, String status) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(
            "UPDATE replays SET finished_at = now(), rows_read = ?, rows_rejected = ?, status = ? WHERE id = ?")) {
      s.setLong(1, rowsRead);
      s.setLong(2, rowsRejected);
      s.setString(3, status);
      s.setString(4, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure("record the end of replay " + id, e);
    }
  }

  /** {@link #completedPartitions} while the table does not exist (the bars service has not migrated yet). */
  public static final int NO_TABLE = -1;
  /** {@link #completedPartitions} while the database cannot be reached (an outage: the wait goes on). */
  public static final int UNREACHABLE = -2;

  /**
   * How many (bar topic, partition) pairs are complete for the replay; {@link #NO_TABLE} or {@link #UNREACHABLE}
   * when that cannot be known yet.
   */
  public int completedPartitions(String id) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM replay_progress WHERE replay_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      if (UNDEFINED_TABLE.equals(e.getSQLState())) {
        return NO_TABLE;
      }
      if (isConnectionLoss(e)) {
        return UNREACHABLE;
      }
      throw failure("read the progress of replay " + id, e);
    }
  }

  /** SQLSTATE class 08 (connection exception) or 57P (server shutting down / cannot connect now). */
  static boolean isConnectionLoss(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }

  private Connection connect() throws SQLException {
    Connection c = new org.postgresql.Driver().connect(url, credentials);
    if (c == null) {
      throw new SQLException("not a PostgreSQL JDBC URL: " + url);
    }
    return c;
  }

  private FeedException failure(String what, SQLException e) {
    String hint = UNDEFINED_TABLE.equals(e.getSQLState())
        ? " (the migrations have not run: start the api or bars service, e.g. make run FEED=none)" : "";
    return new FeedException("could not " + what + " in " + url + ": " + e.getMessage() + hint, e);
  }
}
