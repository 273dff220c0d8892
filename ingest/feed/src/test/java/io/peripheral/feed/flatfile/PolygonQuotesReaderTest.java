package io.peripheral.feed.flatfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.feed.polygon.FeedInputException;
import io.peripheral.feed.polygon.Reject;
import io.peripheral.schemas.quote.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolygonQuotesReaderTest {
  @TempDir
  Path dir;

  private final List<Reject> rejects = new ArrayList<>();

  private List<Quote> readAll(Path file) {
    List<Quote> out = new ArrayList<>();
    try (PolygonQuotesReader r = PolygonQuotesReader.open(file, rejects::add)) {
      for (Quote q = r.next(); q != null; q = r.next()) {
        out.add(q);
      }
    }
    return out;
  }

  @Test
  void readsEveryColumnOfPolygonsQuotesRowIncludingQuotedLists() {
    Path f = FlatCsv.quotes()
        .raw("AAPL,12,185.12,200,11,185.1,300.5,\"1,2\",\"604,607\",1704205800000000001,4242,1704205800000000009,3,"
            + "1704205800000000005")
        .raw("AAPL,12,185.13,100,11,185.1,300,,,,4243,1704205800000000010,3,")
        .write(dir.resolve("q.csv.gz"));

    List<Quote> quotes = readAll(f);

    assertThat(rejects).isEmpty();
    assertThat(quotes).hasSize(2);
    Quote q = quotes.get(0);
    assertThat(q.symbol()).isEqualTo("AAPL");
    assertThat(q.askExchange()).isEqualTo(12);
    assertThat(q.askPrice()).isEqualTo(185.12);
    assertThat(q.askSize()).isEqualTo(200);
    assertThat(q.bidExchange()).isEqualTo(11);
    assertThat(q.bidPrice()).isEqualTo(185.1);
    assertThat(q.bidSize()).isEqualTo(300.5);
    assertThat(q.conditions()).containsExactly(1, 2);
    assertThat(q.indicators()).containsExactly(604, 607);
    assertThat(q.participantTimestamp()).isEqualTo(1704205800000000001L);
    assertThat(q.sequenceNumber()).isEqualTo(4242);
    assertThat(q.sipTimestamp()).isEqualTo(1704205800000000009L);
    assertThat(q.tape()).isEqualTo(3);
    assertThat(q.trfTimestamp()).isEqualTo(1704205800000000005L);
    Quote second = quotes.get(1);
    assertThat(second.conditions()).isEmpty();
    assertThat(second.participantTimestamp()).isZero();
    assertThat(second.trfTimestamp()).isZero();
  }

  @Test
  void aOneSidedQuoteIsKeptAndMalformedRowsAreRejectedWithFileAndLine() {
    Path f = FlatCsv.quotes()
        .raw("MSFT,0,0,0,4,410.5,100,,,,1,1704205800000000000,1,")           // 2: bid only: kept
        .raw("MSFT,4,410.6,100,4,410.5,100,,,,2,1704205800000000001,1")      // 3: too few columns
        .raw("MSFT,4,abc,100,4,410.5,100,,,,3,1704205800000000002,1,")       // 4: ask not a number
        .raw("MSFT,4,410.6,-5,4,410.5,100,,,,4,1704205800000000003,1,")      // 5: negative size
        .raw("MSFT,4,410.6,100,4,410.5,100,,,,5,1704205800,1,")              // 6: seconds, not ns
        .raw(",4,410.6,100,4,410.5,100,,,,6,1704205800000000004,1,")         // 7: no ticker
        .raw("MSFT,4,410.6,100,4,410.5,100,\"1,x\",,,7,1704205800000000005,1,") // 8: conditions
        .raw("MSFT,0,0,0,0,0,0,,,,8,1704205800000000006,1,")                 // 9: no side quoted
        .raw("MSFT,4,410.6,100,4,410.5,100,,,,9,1704205800000000007,1,")     // 10: good
        .write(dir.resolve("bad.csv"));

    List<Quote> quotes = readAll(f);

    assertThat(quotes).extracting(Quote::sequenceNumber).containsExactly(1L, 9L);
    assertThat(quotes.get(0).askPrice()).isZero();
    assertThat(rejects).extracting(Reject::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(rejects).extracting(Reject::reason).satisfiesExactly(
        r -> assertThat(r).contains("expected 14 columns, found 13"),
        r -> assertThat(r).contains("ask_price is not a number"),
        r -> assertThat(r).contains("ask_size must be a non-negative number"),
        r -> assertThat(r).contains("sip_timestamp is not a nanosecond timestamp"),
        r -> assertThat(r).contains("ticker is empty"),
        r -> assertThat(r).contains("conditions is not a list of integers"),
        r -> assertThat(r).contains("no side is quoted"));
    assertThat(rejects.get(0).logLine()).startsWith(f + ":3: ");
  }

  @Test
  void aTradesFileOrAnEmptyOneIsRefusedWithAClearMessage() {
    Path trades = new FlatCsv().raw("ticker,conditions,price,size,sip_timestamp").raw("A,,1,1,1704205800000000000")
        .write(dir.resolve("t.csv"));
    Path header = FlatCsv.quotes().write(dir.resolve("h.csv"));

    assertThatThrownBy(() -> PolygonQuotesReader.open(trades, rejects::add)).isInstanceOf(FeedInputException.class)
        .hasMessageContaining("no 'bid_price' column");
    assertThatThrownBy(() -> PolygonQuotesReader.open(header, rejects::add)).isInstanceOf(FeedInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void streamsALargeFileWithABoundedBuffer() {
    FlatCsv csv = FlatCsv.quotes();
    for (int i = 0; i < 50_000; i++) {
      csv.quote(new Quote("S" + (i / 1000), 1704205800000000000L + i, 0, 1, 10, 100, 2, 10.01, 200, null, null, i, 1,
          0));
    }
    try (PolygonQuotesReader r = PolygonQuotesReader.open(csv.write(dir.resolve("big.csv.gz")), rejects::add)) {
      long n = 0;
      Quote last = null;
      for (Quote q = r.next(); q != null; q = r.next()) {
        n++;
        last = q;
      }
      assertThat(n).isEqualTo(50_000);
      assertThat(r.rowsRead()).isEqualTo(50_000);
      assertThat(last.symbol()).isEqualTo("S49");
    }
  }
}
