package io.peripheral.feed.hotquote;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.trade.Trade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conflation and retry rules, on a store that records what it is given (the Redis store has its own IT). */
class HotQuoteWriterTest {
  private static final long T0 = 1_704_205_800_000_000_000L;
  private static final long MS = 1_000_000L;

  private final List<List<HotQuoteUpdate>> writes = new ArrayList<>();
  private boolean down;
  private long now = 1_000 * MS;
  private final HotQuoteWriter writer = new HotQuoteWriter((updates, ttl) -> {
    if (down) {
      throw new HotQuoteStoreException("connection refused", null);
    }
    writes.add(List.copyOf(updates));
  }, Duration.ofMillis(50), Duration.ofHours(1), Duration.ofSeconds(5), new SimpleMeterRegistry(), () -> now);

  @Test
  void writesEachSymbolAtMostOncePer50MsWithItsNewestTradeAndNbbo() {
    writer.onTrade(Trade.of("AAPL", T0, 10.0, 100));
    writer.onTrade(Trade.of("AAPL", T0 + 1, 10.1, 100));
    writer.onQuote(Quote.of("AAPL", T0 + 2, 10.0, 100, 10.2, 100));
    assertThat(writer.flushDue()).isEqualTo(1);
    assertThat(writes).hasSize(1);
    assertThat(writes.get(0)).singleElement().satisfies(u -> {
      assertThat(u.trade().price()).isEqualTo(10.1);
      assertThat(u.nbbo().askPrice()).isEqualTo(10.2);
    });

    now += 10 * MS;
    writer.onTrade(Trade.of("AAPL", T0 + 3, 10.2, 100));
    writer.onTrade(Trade.of("AAPL", T0 + 4, 10.3, 100));
    assertThat(writer.flushDue()).as("within 50 ms of the last write").isZero();
    now += 39 * MS;
    assertThat(writer.flushDue()).isZero();
    now += 1 * MS;
    assertThat(writer.flushDue()).isEqualTo(1);
    assertThat(writes.get(1)).singleElement().satisfies(u -> {
      assertThat(u.trade().price()).isEqualTo(10.3);
      assertThat(u.nbbo()).as("the NBBO did not change: left as it is").isNull();
    });
    now += 100 * MS;
    assertThat(writer.flushDue()).as("nothing new").isZero();
  }

  @Test
  void everyDueSymbolGoesOutInPipelinesOfAtMost500() {
    for (int i = 0; i < 1_200; i++) {
      writer.onTrade(Trade.of("S" + i, T0, 10, 100));
    }
    assertThat(writer.flushDue()).isEqualTo(1_200);
    assertThat(writes).extracting(List::size).containsExactly(500, 500, 200);
  }

  @Test
  void aLatePrintNeverReplacesANewerTradeEvenOneAlreadyWritten() {
    writer.onTrade(Trade.of("AAPL", T0 + 10, 10.0, 100));
    writer.flushDue();
    now += 60 * MS;
    writer.onTrade(Trade.of("AAPL", T0 + 5, 9.0, 100));
    writer.onQuote(Quote.of("AAPL", T0 + 20, 9.9, 1, 10.1, 1));
    writer.onQuote(Quote.of("AAPL", T0 + 15, 1, 1, 2, 1));
    writer.flushDue();
    assertThat(writes.get(1)).singleElement().satisfies(u -> {
      assertThat(u.trade()).isNull();
      assertThat(u.nbbo().bidPrice()).isEqualTo(9.9);
    });
  }

  @Test
  void whileTheStoreIsDownUpdatesAreKeptAndRetriedWithBackoffAndTheNewestWins() {
    down = true;
    writer.onTrade(Trade.of("AAPL", T0, 10.0, 100));
    assertThat(writer.flushDue()).isZero();
    assertThat(writer.failureCount()).isEqualTo(1);
    assertThat(writer.lastError()).contains("connection refused");

    writer.onTrade(Trade.of("AAPL", T0 + 1, 11.0, 100)); // sources go on, never blocked
    now += 50 * MS;
    assertThat(writer.flushDue()).as("still backing off (100 ms)").isZero();
    assertThat(writer.failureCount()).isEqualTo(1);
    now += 60 * MS;
    assertThat(writer.flushDue()).isZero();
    assertThat(writer.failureCount()).isEqualTo(2);

    down = false;
    now += 150 * MS;
    assertThat(writer.flushDue()).as("backoff of 200 ms not over").isZero();
    now += 100 * MS;
    assertThat(writer.flushDue()).isEqualTo(1);
    assertThat(writes).singleElement().satisfies(w -> assertThat(w.get(0).trade().price()).isEqualTo(11.0));
    assertThat(writer.lastError()).isNull();
  }
}
