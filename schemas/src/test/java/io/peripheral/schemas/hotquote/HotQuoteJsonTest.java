package io.peripheral.schemas.hotquote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.schemas.quote.Quote;
import io.peripheral.schemas.trade.Trade;
import org.junit.jupiter.api.Test;

class HotQuoteJsonTest {
  private static final long T0 = 1_704_205_800_000_000_000L;

  @Test
  void tradeAndNbboFieldsRoundTrip() {
    LastTrade t = LastTrade.of(Trade.of("AAPL", T0, 185.5, 0.25, 12, 37));
    Nbbo q = Nbbo.of(new Quote("AAPL", T0, 0, 11, 185.4, 300, 12, 185.6, 200, null, null, 0, 3, 0));

    LastTrade t2 = HotQuoteJson.readTrade(HotQuoteJson.write(t));
    assertThat(t2.price()).isEqualTo(185.5);
    assertThat(t2.size()).isEqualTo(0.25);
    assertThat(t2.conditions()).containsExactly(12, 37);
    assertThat(t2.sipTimestamp()).isEqualTo(T0);
    assertThat(HotQuoteJson.readNbbo(HotQuoteJson.write(q))).isEqualTo(q);
    assertThat(HotQuoteKeys.key("AAPL")).isEqualTo("peripheral:hq:v1:AAPL");
  }

  @Test
  void aCorruptFieldIsRefused() {
    assertThatThrownBy(() -> HotQuoteJson.readNbbo("{oops")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HotQuoteJson.readTrade("{\"price\":1}")).isInstanceOf(IllegalArgumentException.class);
  }
}
