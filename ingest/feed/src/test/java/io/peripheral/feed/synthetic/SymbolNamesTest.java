package io.peripheral.feed.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SymbolNamesTest {
  @Test
  void theMostActiveRanksAreFamiliarTickersAndEveryNameIsDistinct() {
    String[] names = SymbolNames.generate(5_000);
    assertThat(names).startsWith("AAPL", "MSFT", "NVDA");
    Set<String> distinct = Arrays.stream(names).collect(Collectors.toSet());
    assertThat(distinct).hasSize(5_000);
    assertThat(SymbolNames.generate(5_000)).isEqualTo(names);
  }

  @Test
  void fewerSymbolsThanFamiliarTickersTakeTheFirstOnes() {
    assertThat(SymbolNames.generate(2)).containsExactly("AAPL", "MSFT");
  }
}
