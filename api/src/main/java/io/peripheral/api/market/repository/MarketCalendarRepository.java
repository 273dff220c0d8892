package io.peripheral.api.market.repository;

import io.peripheral.schemas.calendar.CalendarDay;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code market_calendar} rows (Polygon's holidays and early closes, loaded by the feed). */
@ApplicationScoped
public class MarketCalendarRepository {
  private static final String BETWEEN = """
      SELECT day, status, open_time, close_time, name FROM market_calendar
      WHERE day BETWEEN $1 AND $2 ORDER BY day""";

  private final Pool pool;

  public MarketCalendarRepository(Pool pool) {
    this.pool = pool;
  }

  /** The rows of {@code [from, to]}, both inclusive. */
  public Uni<List<CalendarDay>> between(LocalDate from, LocalDate to) {
    return pool.preparedQuery(BETWEEN).execute(Tuple.of(from, to)).map(rows -> {
      List<CalendarDay> out = new ArrayList<>(rows.size());
      for (Row r : rows) {
        out.add(new CalendarDay(r.getLocalDate("day"), CalendarDay.Status.parse(r.getString("status")),
            r.getLocalTime("open_time"), r.getLocalTime("close_time"), r.getString("name")));
      }
      return out;
    });
  }
}
