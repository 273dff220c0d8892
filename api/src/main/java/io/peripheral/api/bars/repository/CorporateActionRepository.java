package io.peripheral.api.bars.repository;

import io.peripheral.api.bars.service.Adjustment;
import io.peripheral.schemas.bar.Interval;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads a symbol's splits and dividends (tables of migration V3, loaded by {@code feed reference}). */
@ApplicationScoped
public class CorporateActionRepository {
  private static final String SPLITS = """
      SELECT execution_date, split_from::float8 AS split_from, split_to::float8 AS split_to
      FROM splits WHERE symbol = $1 ORDER BY execution_date""";
  // The previous close is the raw close of the latest regular-session (or daily) bar before the ex date's New
  // York midnight, of the daily or the requested interval. No such bar: no bar of that interval precedes the
  // ex date, so the dividend adjusts nothing and is left out.
  private static final String DIVIDENDS = """
      SELECT d.ex_dividend_date, d.cash_amount::float8 AS cash, pc.close AS prev_close
      FROM dividends d
      JOIN LATERAL (
        SELECT b.close FROM bars b
        WHERE b.symbol = d.symbol AND b.interval IN ('1d', $2)
          AND b.ts < (d.ex_dividend_date::timestamp AT TIME ZONE 'America/New_York')
          AND (b.session IS NULL OR lower(b.session) = 'regular')
        ORDER BY b.ts DESC LIMIT 1) pc ON true
      WHERE d.symbol = $1 AND pc.close > 0
      ORDER BY d.ex_dividend_date""";

  private final Pool pool;

  public CorporateActionRepository(Pool pool) {
    this.pool = pool;
  }

  /** The symbol's adjustment: its splits, and its dividends too when {@code dividends}. */
  public Uni<Adjustment> adjustment(String symbol, Interval interval, boolean dividends) {
    Uni<List<Adjustment.SplitEvent>> splits = pool.preparedQuery(SPLITS).execute(Tuple.of(symbol)).map(rows -> {
      List<Adjustment.SplitEvent> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new Adjustment.SplitEvent(r.getLocalDate("execution_date"), r.getDouble("split_from"),
            r.getDouble("split_to")));
      }
      return out;
    });
    if (!dividends) {
      return splits.map(s -> new Adjustment(s, List.of()));
    }
    return splits.flatMap(s -> pool.preparedQuery(DIVIDENDS).execute(Tuple.of(symbol, interval.code()))
        .map(rows -> {
          List<Adjustment.DividendEvent> out = new ArrayList<>();
          for (Row r : rows) {
            out.add(new Adjustment.DividendEvent(r.getLocalDate("ex_dividend_date"), r.getDouble("cash"),
                r.getDouble("prev_close")));
          }
          return new Adjustment(s, out);
        }));
  }
}
