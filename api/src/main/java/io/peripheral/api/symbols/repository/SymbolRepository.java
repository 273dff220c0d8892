package io.peripheral.api.symbols.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code symbols} table; name, type and active come from Polygon's {@code tickers} reference rows
 * when there are any (they are fresher), else from the symbols row. Tickers without a symbols row are not
 * listed: the list is of symbols the platform has seen.
 */
@ApplicationScoped
public class SymbolRepository {
  private static final String LIST = """
      SELECT s.symbol, coalesce(t.name, s.name) AS name, coalesce(t.type, s.type) AS type,
        coalesce(t.active, s.active) AS active, s.first_seen, s.last_seen
      FROM symbols s LEFT JOIN tickers t ON t.symbol = s.symbol
      WHERE upper(s.symbol) LIKE $1 ESCAPE '\\'
      ORDER BY s.symbol LIMIT $2""";
  private static final String EXISTS = """
      SELECT EXISTS (SELECT 1 FROM symbols WHERE symbol = $1)
          OR EXISTS (SELECT 1 FROM bars WHERE symbol = $1) AS known""";

  private final Pool pool;

  public SymbolRepository(Pool pool) {
    this.pool = pool;
  }

  /** Symbols whose code starts with {@code prefix} (case-insensitive; empty for all), sorted by code. */
  public Uni<List<SymbolRow>> list(String prefix, int limit) {
    String pattern = escapeLike(prefix.toUpperCase(java.util.Locale.ROOT)) + "%";
    return pool.preparedQuery(LIST).execute(Tuple.of(pattern, limit)).map(rows -> {
      List<SymbolRow> out = new ArrayList<>(rows.size());
      for (Row row : rows) {
        out.add(new SymbolRow(row.getString("symbol"), row.getString("name"), row.getString("type"),
            row.getBoolean("active"), instant(row.getOffsetDateTime("first_seen")),
            instant(row.getOffsetDateTime("last_seen"))));
      }
      return out;
    });
  }

  /** True when the symbol is in the symbols table or has any bar. */
  public Uni<Boolean> isKnown(String symbol) {
    return pool.preparedQuery(EXISTS).execute(Tuple.of(symbol))
        .map(rows -> rows.iterator().next().getBoolean("known"));
  }

  private static java.time.Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
