package io.peripheral.feed.polygon.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.trade.Trade;
import org.junit.jupiter.api.Test;

class RecentTradesTest {
  private static Trade t(String id, int exchange, int trf, long seq, long sip) {
    return new Trade("AAPL", sip, 0, 10, 1, exchange, 3, null, id, seq, 0, trf, 0);
  }

  @Test
  void rejectsTheSameTradeTwice() {
    RecentTrades r = new RecentTrades(1_000_000_000L);
    assertThat(r.add(t("1", 4, 201, 10, 100))).isTrue();
    assertThat(r.add(t("1", 4, 201, 10, 100))).isFalse();
  }

  @Test
  void sameIdOnAnotherExchangeOrTrfOrSequenceIsAnotherTrade() {
    RecentTrades r = new RecentTrades(1_000_000_000L);
    assertThat(r.add(t("1", 4, 201, 10, 100))).isTrue();
    assertThat(r.add(t("1", 11, 201, 10, 100))).isTrue();
    assertThat(r.add(t("1", 4, 202, 10, 100))).isTrue();
    assertThat(r.add(t("1", 4, 201, 11, 100))).isTrue();
  }

  @Test
  void forgetsTradesOlderThanTheWindow() {
    RecentTrades r = new RecentTrades(1_000L);
    r.add(t("1", 4, -1, 10, 100));
    r.add(t("2", 4, -1, 11, 5_000));
    assertThat(r.size()).isEqualTo(1);
    assertThat(r.add(t("1", 4, -1, 10, 100))).isTrue();
  }

  @Test
  void tradesWithoutIdentityAreNeverDuplicates() {
    RecentTrades r = new RecentTrades(1_000L);
    assertThat(r.add(t("", 4, -1, 0, 100))).isTrue();
    assertThat(r.add(t("", 4, -1, 0, 100))).isTrue();
  }

  @Test
  void keepsTradesFromBeforeAGapWhileEventTimeIsInsideIt() {
    RecentTrades r = new RecentTrades(1_000L);
    r.add(t("1", 4, -1, 10, 100));
    r.protect(0, 50_000);
    r.add(t("2", 4, -1, 11, 40_000));
    assertThat(r.add(t("1", 4, -1, 10, 100))).isFalse();
    r.add(t("3", 4, -1, 12, 60_000));
    assertThat(r.add(t("1", 4, -1, 10, 100))).isTrue();
  }
}
