package io.peripheral.feed.polygon.reference;

import io.peripheral.feed.FeedException;
import io.peripheral.schemas.calendar.CalendarDay;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Properties;

/**
 * Upserts reference data into the V3 tables, each kind in one transaction (a failed load leaves the previous
 * rows whole). Rows Polygon no longer returns are kept: old splits and dividends still adjust old bars.
 */
public final class ReferenceStore {
  private static final int BATCH = 1000;
  private final String url;
  private final Properties credentials = new Properties();

  public ReferenceStore(String url, String user, String password) {
    this.url = url;
    credentials.setProperty("user", user);
    if (password != null && !password.isEmpty()) {
      credentials.setProperty("password", password);
    }
  }

  public int upsertTickers(List<Ticker> rows) {
    return write("tickers", rows, """
        INSERT INTO tickers(symbol, name, type, market, primary_exchange, active, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (symbol) DO UPDATE SET name = excluded.name, type = excluded.type, market = excluded.market,
          primary_exchange = excluded.primary_exchange, active = excluded.active, updated_at = excluded.updated_at""",
        (s, t) -> {
          s.setString(1, t.symbol());
          s.setString(2, t.name());
          s.setString(3, t.type());
          s.setString(4, t.market());
          s.setString(5, t.primaryExchange());
          s.setBoolean(6, t.active());
          s.setTimestamp(7, Timestamp.from(t.updatedAt()));
        });
  }

  public int upsertSplits(List<Split> rows) {
    return write("splits", rows, """
        INSERT INTO splits(symbol, execution_date, split_from, split_to) VALUES (?, ?, ?, ?)
        ON CONFLICT (symbol, execution_date) DO UPDATE SET split_from = excluded.split_from,
          split_to = excluded.split_to""",
        (s, t) -> {
          s.setString(1, t.symbol());
          s.setDate(2, Date.valueOf(t.executionDate()));
          s.setBigDecimal(3, t.splitFrom());
          s.setBigDecimal(4, t.splitTo());
        });
  }

  public int upsertDividends(List<Dividend> rows) {
    return write("dividends", rows, """
        INSERT INTO dividends(symbol, ex_dividend_date, cash_amount) VALUES (?, ?, ?)
        ON CONFLICT (symbol, ex_dividend_date) DO UPDATE SET cash_amount = excluded.cash_amount""",
        (s, t) -> {
          s.setString(1, t.symbol());
          s.setDate(2, Date.valueOf(t.exDividendDate()));
          s.setBigDecimal(3, t.cashAmount());
        });
  }

  public int upsertCalendar(List<CalendarDay> rows) {
    return write("market_calendar", rows, """
        INSERT INTO market_calendar(day, status, open_time, close_time, name) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (day) DO UPDATE SET status = excluded.status, open_time = excluded.open_time,
          close_time = excluded.close_time, name = excluded.name""",
        (s, d) -> {
          s.setDate(1, Date.valueOf(d.day()));
          s.setString(2, d.status().wire());
          setTime(s, 3, d.open());
          setTime(s, 4, d.close());
          s.setString(5, d.name());
        });
  }

  private static void setTime(PreparedStatement s, int i, java.time.LocalTime t) throws SQLException {
    if (t == null) {
      s.setNull(i, Types.TIME);
    } else {
      s.setTime(i, Time.valueOf(t));
    }
  }

  private interface Binder<T> {
    void bind(PreparedStatement s, T row) throws SQLException;
  }

  private <T> int write(String table, List<T> rows, String sql, Binder<T> binder) {
    try (Connection c = DriverManager.getConnection(url, credentials)) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int pending = 0;
        for (T row : rows) {
          binder.bind(s, row);
          s.addBatch();
          if (++pending == BATCH) {
            s.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          s.executeBatch();
        }
      }
      c.commit();
      return rows.size();
    } catch (SQLException e) {
      throw new FeedException("could not write " + table + " to " + url + ": " + e.getMessage(), e);
    }
  }
}
