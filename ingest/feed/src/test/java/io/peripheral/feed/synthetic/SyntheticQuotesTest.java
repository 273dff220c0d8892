package io.peripheral.feed.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.trade.Trade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticQuotesTest {
  private static List<Quote> run(long seed) {
    SyntheticTrades trades = new SyntheticTrades(SyntheticSettings.defaults().withSeed(seed),
        Instant.parse("2025-06-02T13:30:00Z"));
    SyntheticQuotes quotes = new SyntheticQuotes(seed, 0.5);
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Trade t = trades.next();
      Quote q = quotes.after(t);
      if (q != null) {
        assertThat(q.symbol()).isEqualTo(t.symbol());
        assertThat(q.sipTimestamp()).isGreaterThan(t.sipTimestamp());
        assertThat(q.bidPrice()).isLessThanOrEqualTo(t.price()).isPositive();
        assertThat(q.askPrice()).isGreaterThan(q.bidPrice());
        assertThat(q.askPrice() - q.bidPrice()).isLessThanOrEqualTo(t.price() * 0.0005 + 0.0101); // 1 cent to 5 bp, in cents
        assertThat(q.bidSize() % 100).isZero();
        out.add(q);
      }
    }
    return out;
  }

  @Test
  void aboutHalfTheTradesGetAnNbboThatStraddlesTheTradePriceAndTheSeedFixesThem() {
    List<Quote> a = run(7);
    List<Quote> b = run(7);
    assertThat(a.size()).isBetween(9_000, 11_000);
    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).sameAs(b.get(i))).isTrue();
    }
  }
}
