package io.peripheral.feed.polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.schemas.trade.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolygonTradesReaderTest {
  private static final long T0 = 1_748_871_000_000_000_000L; // 2025-06-02T13:30:00Z
  @TempDir
  Path dir;

  private final List<Reject> rejects = new ArrayList<>();

  private List<Trade> readAll(Path file) {
    List<Trade> out = new ArrayList<>();
    try (PolygonTradesReader r = PolygonTradesReader.open(file, rejects::add)) {
      for (Trade t = r.next(); t != null; t = r.next()) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  void readsEveryColumnOfAGoodRowIncludingQuotedConditions() {
    Path f = TradesCsv.withHeader()
        .raw("AAPL,\"12,37\",0,11,52983525034412,1748871000000000123,190.255,1234,1748871000000000456,50,3,4,"
            + "1748871000000000500")
        .write(dir.resolve("a.csv"));

    List<Trade> trades = readAll(f);

    assertThat(rejects).isEmpty();
    assertThat(trades).hasSize(1);
    Trade t = trades.get(0);
    assertThat(t.symbol()).isEqualTo("AAPL");
    assertThat(t.conditions()).containsExactly(12, 37);
    assertThat(t.correction()).isZero();
    assertThat(t.exchange()).isEqualTo(11);
    assertThat(t.tradeId()).isEqualTo("52983525034412");
    assertThat(t.participantTimestamp()).isEqualTo(1748871000000000123L);
    assertThat(t.price()).isEqualTo(190.255);
    assertThat(t.sequenceNumber()).isEqualTo(1234);
    assertThat(t.sipTimestamp()).isEqualTo(1748871000000000456L);
    assertThat(t.size()).isEqualTo(50);
    assertThat(t.tape()).isEqualTo(3);
    assertThat(t.trfId()).isEqualTo(4);
    assertThat(t.trfTimestamp()).isEqualTo(1748871000000000500L);
  }

  @Test
  void readsEmptyConditionsSingleConditionFractionalSizeAndAbsentOptionalColumns() {
    Path f = TradesCsv.withHeader()
        .raw("MSFT,,0,4,1,1748871000000000000,410.5,1,1748871000000000001,0.25,3,,")
        .raw("MSFT,37,0,4,2,,410.51,2,1748871000000000002,7,3,,")
        .raw("MSFT,37,0,4,3,0,410.52,3,1748871000000000003,7,3,,0")
        .write(dir.resolve("b.csv"));

    List<Trade> trades = readAll(f);

    assertThat(rejects).isEmpty();
    assertThat(trades).hasSize(3);
    assertThat(trades.get(2).participantTimestamp()).isZero();
    assertThat(trades.get(0).conditions()).isEmpty();
    assertThat(trades.get(0).size()).isEqualTo(0.25);
    assertThat(trades.get(0).trfId()).isEqualTo(-1);
    assertThat(trades.get(0).trfTimestamp()).isZero();
    assertThat(trades.get(1).conditions()).containsExactly(37);
    assertThat(trades.get(1).participantTimestamp()).isZero();
  }

  @Test
  void locatesColumnsByHeaderNameWhateverTheirOrder() {
    Path f = TradesCsv.withHeader().write(dir.resolve("ignored.csv"));
    Path reordered = new TradesCsv().raw("sip_timestamp,size,price,ticker")
        .raw("1748871000000000001,100,12.5,IBM").write(dir.resolve("c.csv"));

    List<Trade> trades = readAll(reordered);

    assertThat(f).exists();
    assertThat(trades).singleElement().satisfies(t -> {
      assertThat(t.symbol()).isEqualTo("IBM");
      assertThat(t.price()).isEqualTo(12.5);
      assertThat(t.size()).isEqualTo(100);
      assertThat(t.sipTimestamp()).isEqualTo(1748871000000000001L);
    });
  }

  @Test
  void rejectsEveryKindOfMalformedRowWithFileLineAndReasonAndReadsOn() {
    String good = "AAPL,,0,11,1,1748871000000000000,190.25,1,1748871000000000001,100,3,,";
    Path f = TradesCsv.withHeader()
        .raw(good)                                                                   // line 2
        .raw("AAPL,,0,11,1,1748871000000000000,190.25,1,1748871000000000001,100,3")  // 3: too few columns
        .raw(good + ",extra")                                                        // 4: too many columns
        .raw("AAPL,,0,11,1,1748871000000000000,abc,1,1748871000000000001,100,3,,")   // 5: price not a number
        .raw("AAPL,,0,11,1,1748871000000000000,-1.5,1,1748871000000000001,100,3,,")  // 6: negative price
        .raw("AAPL,,0,11,1,1748871000000000000,0,1,1748871000000000001,100,3,,")     // 7: zero price
        .raw("AAPL,,0,11,1,1748871000000000000,190.25,1,1748871000000000001,0,3,,")  // 8: zero size
        .raw("AAPL,,0,11,1,1748871000000000000,190.25,1,2025-06-02,100,3,,")         // 9: bad sip timestamp
        .raw("AAPL,,0,11,1,1748871000000000000,190.25,1,1748871000,100,3,,")         // 10: seconds, not ns
        .raw("AAPL,\"12,x\",0,11,1,1748871000000000000,190.25,1,1748871000000000001,100,3,,") // 11: conditions
        .raw(",,0,11,1,1748871000000000000,190.25,1,1748871000000000001,100,3,,")    // 12: no ticker
        .raw("AAPL,,0,11,1,1748871000000000000,190.25,1,1748871000000000001,1x0,3,,") // 13: size not a number
        .raw(good)                                                                   // 14
        .write(dir.resolve("bad.csv"));

    List<Trade> trades = readAll(f);

    assertThat(trades).hasSize(2);
    assertThat(rejects).extracting(Reject::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
    assertThat(rejects).allSatisfy(r -> assertThat(r.file()).endsWith("bad.csv"));
    assertThat(rejects).extracting(Reject::reason).satisfiesExactly(
        r -> assertThat(r).contains("expected 13 columns, found 11"),
        r -> assertThat(r).contains("expected 13 columns, found 14"),
        r -> assertThat(r).contains("price is not a number"),
        r -> assertThat(r).contains("price must be positive"),
        r -> assertThat(r).contains("price must be positive"),
        r -> assertThat(r).contains("size must be positive"),
        r -> assertThat(r).contains("sip_timestamp is not an integer"),
        r -> assertThat(r).contains("sip_timestamp is not a nanosecond timestamp"),
        r -> assertThat(r).contains("conditions"),
        r -> assertThat(r).contains("ticker is empty"),
        r -> assertThat(r).contains("size is not a number"));
    assertThat(rejects.get(0).logLine()).startsWith(f + ":3: expected 13 columns");
  }

  @Test
  void rejectsANineteenDigitNumberThatOverflowsALong() {
    Path f = TradesCsv.withHeader()
        .raw("AAPL,,0,11,1,1748871000000000000,190.25,9999999999999999999,1748871000000000001,100,3,,")
        .raw("AAPL,,0,11,1,1748871000000000000,190.25,9223372036854775807,1748871000000000001,100,3,,")
        .write(dir.resolve("overflow.csv"));

    List<Trade> trades = readAll(f);

    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.reason()).contains("sequence_number is not an integer");
    });
    assertThat(trades).singleElement().satisfies(t -> assertThat(t.sequenceNumber()).isEqualTo(Long.MAX_VALUE));
  }

  @Test
  void readsGzipCompressedFilesAndCrlfLineEnds() {
    Path f = TradesCsv.withHeader()
        .raw("AAPL,,0,11,1,1748871000000000000,190.25,1,1748871000000000001,100,3,,\r")
        .raw("AAPL,,0,11,2,1748871000000000000,190.26,2,1748871000000000002,100,3,,\r")
        .write(dir.resolve("d.csv.gz"));

    assertThat(readAll(f)).extracting(Trade::price).containsExactly(190.25, 190.26);
    assertThat(rejects).isEmpty();
  }

  @Test
  void countsRowsReadAndRejected() {
    Path f = TradesCsv.withHeader()
        .raw("AAPL,,0,11,1,1748871000000000000,190.25,1,1748871000000000001,100,3,,")
        .raw("AAPL,broken")
        .write(dir.resolve("e.csv"));
    try (PolygonTradesReader r = PolygonTradesReader.open(f, rejects::add)) {
      while (r.next() != null) {
        assertThat(r.rowsRead()).isPositive();
      }
      assertThat(r.rowsRead()).isEqualTo(2);
      assertThat(r.rowsRejected()).isEqualTo(1);
    }
  }

  @Test
  void refusesAMissingFileAnEmptyFileAndAHeaderWithoutRows() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.csv"));
    Path headerOnly = TradesCsv.withHeader().write(dir.resolve("header.csv"));
    Path notTrades = new TradesCsv().raw("a,b,c").raw("1,2,3").write(dir.resolve("other.csv"));

    assertThatThrownBy(() -> PolygonTradesReader.open(dir.resolve("missing.csv"), rejects::add))
        .isInstanceOf(FeedInputException.class).hasMessageContaining("missing.csv").hasMessageContaining("not exist");
    assertThatThrownBy(() -> PolygonTradesReader.open(empty, rejects::add))
        .isInstanceOf(FeedInputException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> PolygonTradesReader.open(headerOnly, rejects::add))
        .isInstanceOf(FeedInputException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> PolygonTradesReader.open(notTrades, rejects::add))
        .isInstanceOf(FeedInputException.class).hasMessageContaining("ticker");
  }

  @Test
  void internsTickersSoRowsShareOneStringPerSymbol() {
    TradesCsv csv = TradesCsv.withHeader();
    for (int i = 0; i < 3000; i++) {
      csv.raw("S" + (i % 1500) + ",,0,11," + i + ",," + "10.5,1," + (T0 + i) + ",100,3,,");
    }
    List<Trade> trades = readAll(csv.write(dir.resolve("f.csv")));

    assertThat(trades).hasSize(3000);
    assertThat(trades.get(1500).symbol()).isSameAs(trades.get(0).symbol()).isEqualTo("S0");
  }
}
