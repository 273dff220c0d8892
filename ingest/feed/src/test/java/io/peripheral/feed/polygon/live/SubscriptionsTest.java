package io.peripheral.feed.polygon.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {
  @Test
  void parsesAndNormalises() {
    assertThat(Subscriptions.parse(" t.* , q.aapl,AM.*")).containsExactly("T.*", "Q.AAPL", "AM.*");
    assertThat(new Subscriptions("T.*,Q.*").params()).isEqualTo("T.*,Q.*");
  }

  @Test
  void rejectsUnknownChannels() {
    assertThatThrownBy(() -> Subscriptions.parse("X.AAPL")).hasMessageContaining("X.AAPL");
    assertThatThrownBy(() -> Subscriptions.parse("T.")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void backfillsNamedTradeSymbolsAndTheConfiguredListUnderTStar() {
    assertThat(new Subscriptions("T.AAPL,T.MSFT,Q.TSLA").backfillSymbols(List.of("NVDA"))).containsExactly("AAPL",
        "MSFT");
    assertThat(new Subscriptions("T.*,Q.*").backfillSymbols(List.of("nvda", "AAPL"))).containsExactly("AAPL", "NVDA");
    assertThat(new Subscriptions("T.*").backfillSymbols(List.of())).isEmpty();
  }

  @Test
  void keepsTheCurrentSetAcrossChanges() {
    Subscriptions s = new Subscriptions("T.*");
    s.add(List.of("Q.AAPL"));
    s.remove(List.of("T.*"));
    assertThat(s.current()).containsExactly("Q.AAPL");
  }
}
