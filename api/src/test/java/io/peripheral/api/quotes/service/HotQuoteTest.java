package io.peripheral.api.quotes.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import org.junit.jupiter.api.Test;

class HotQuoteTest {
  private static final LastTrade T1 = new LastTrade(1, 1, 1, new int[0], 100);
  private static final LastTrade T2 = new LastTrade(2, 1, 1, new int[0], 200);
  private static final Nbbo Q1 = new Nbbo(1, 1, 1, 2, 1, 1, 100);
  private static final Nbbo Q2 = new Nbbo(1, 1, 1, 2, 1, 1, 300);

  @Test
  void aQuoteIsNewerWhenItsTradeOrItsNbboIsNewer() {
    assertThat(new HotQuote("A", T1, null).isNewerThan(null)).isTrue();
    assertThat(new HotQuote("A", null, null).isNewerThan(null)).as("nothing cached is nothing new").isFalse();
    assertThat(new HotQuote("A", T2, Q1).isNewerThan(new HotQuote("A", T1, Q1))).isTrue();
    assertThat(new HotQuote("A", T1, Q2).isNewerThan(new HotQuote("A", T1, Q1))).isTrue();
    assertThat(new HotQuote("A", T1, Q1).isNewerThan(new HotQuote("A", T1, Q1))).isFalse();
    assertThat(new HotQuote("A", T1, null).isNewerThan(new HotQuote("A", T2, Q1))).isFalse();
  }
}
