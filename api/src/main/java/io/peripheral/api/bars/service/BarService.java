package io.peripheral.api.bars.service;

import io.peripheral.api.bars.repository.BarRepository;
import io.peripheral.api.bars.repository.CorporateActionRepository;
import io.peripheral.api.error.NotFoundApiException;
import io.peripheral.api.symbols.repository.SymbolRepository;
import io.peripheral.schemas.bar.Bar;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.OptionalLong;

/**
 * Pages through final bars. A page holds up to {@code limit} bars; when more follow in the range, the page
 * carries the start of the first bar left out, which the client passes as the next {@code from}. Paging is by
 * time (keyset), so a year of 1m bars costs the same per page from the first page to the last.
 */
@ApplicationScoped
public class BarService {
  private final BarRepository bars;
  private final SymbolRepository symbols;
  private final CorporateActionRepository actions;

  public BarService(BarRepository bars, SymbolRepository symbols, CorporateActionRepository actions) {
    this.bars = bars;
    this.symbols = symbols;
    this.actions = actions;
  }

  /** The page, its bars adjusted for splits (and dividends) when the query asks for it. */
  public Uni<BarPage> page(BarQuery q) {
    Uni<BarPage> raw = rawPage(q);
    if (!q.adjustment().adjusted()) {
      return raw;
    }
    return raw.flatMap(page -> page.bars().isEmpty() ? Uni.createFrom().item(page)
        : actions.adjustment(q.symbol(), q.interval(), q.adjustment().dividends())
            .map(a -> new BarPage(q, a.apply(page.bars()), page.next())));
  }

  /** The page; fails with {@link NotFoundApiException} when the symbol is unknown (no symbols row, no bar). */
  private Uni<BarPage> rawPage(BarQuery q) {
    return bars.range(q.symbol(), q.interval(), q.fromNs(), q.toNs(), q.limit() + 1).flatMap(found -> {
      if (found.isEmpty()) {
        return symbols.isKnown(q.symbol()).map(known -> {
          if (!known) {
            throw new NotFoundApiException("unknown symbol '" + q.symbol() + "': not in the symbols table and no bars");
          }
          return new BarPage(q, List.of(), OptionalLong.empty());
        });
      }
      if (found.size() > q.limit()) {
        List<Bar> page = found.subList(0, q.limit());
        return Uni.createFrom().item(new BarPage(q, page, OptionalLong.of(found.get(q.limit()).start())));
      }
      return Uni.createFrom().item(new BarPage(q, found, OptionalLong.empty()));
    });
  }
}
