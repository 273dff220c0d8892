package io.peripheral.feed.calendar;

import io.peripheral.feed.FeedException;
import io.peripheral.schemas.calendar.CalendarDay;
import io.peripheral.schemas.calendar.MarketCalendar;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Reads the {@code market_calendar} table (Polygon's holidays and early closes, a few rows a year) into a
 * {@link MarketCalendar} over the built-in NYSE rules.
 */
public final class CalendarTable {
  private static final Logger LOG = Logger.getLogger(CalendarTable.class);
  private static final String SELECT = "SELECT day, status, open_time, close_time, name FROM market_calendar";

  private CalendarTable() {}

  /** The table's rows over the rules; a {@link FeedException} when the database cannot be read. */
  public static MarketCalendar load(String url, String user, String password) {
    Properties credentials = new Properties();
    credentials.setProperty("user", user);
    if (password != null && !password.isEmpty()) {
      credentials.setProperty("password", password);
    }
    List<CalendarDay> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, credentials);
        PreparedStatement s = c.prepareStatement(SELECT); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(new CalendarDay(r.getDate("day").toLocalDate(), CalendarDay.Status.parse(r.getString("status")),
            localTime(r.getTime("open_time")), localTime(r.getTime("close_time")), r.getString("name")));
      }
    } catch (SQLException e) {
      throw new FeedException("could not read market_calendar from " + url + ": " + e.getMessage(), e);
    }
    MarketCalendar calendar = MarketCalendar.withTable(rows);
    calendar.ignoredRows().forEach(why -> LOG.warnf("market_calendar row ignored, the NYSE rules decide that day: %s",
        why));
    return calendar;
  }

  /**
   * {@link #load}, or the built-in rules alone when the database is unreachable or not migrated yet: the
   * calendar only refines the rules, so a missing table must not stop a feed or a backfill.
   */
  public static MarketCalendar loadOrBuiltIn(String url, String user, String password) {
    try {
      return load(url, user, password);
    } catch (FeedException e) {
      LOG.warnf("market calendar: using the built-in NYSE rules only (%s)", e.getMessage());
      return MarketCalendar.builtIn();
    }
  }

  private static java.time.LocalTime localTime(Time t) {
    return t == null ? null : t.toLocalTime();
  }
}
