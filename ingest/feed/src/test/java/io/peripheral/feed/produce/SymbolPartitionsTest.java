package io.peripheral.feed.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.topic.SymbolPartitioner;
import org.junit.jupiter.api.Test;

class SymbolPartitionsTest {
  @Test
  void answersThePartitionerForEverySymbolAndEqualCopiesOfIt() {
    SymbolPartitions table = new SymbolPartitions(12);
    for (int round = 0; round < 2; round++) { // the second round finds what the first added, across growth
      for (int i = 0; i < 5_000; i++) {
        String symbol = "S" + i; // a new instance every time: equality, not identity, must decide
        assertThat(table.of(symbol)).as(symbol).isEqualTo(SymbolPartitioner.partition(symbol, 12));
      }
    }
    String aapl = "AAPL";
    assertThat(table.of(aapl)).isEqualTo(table.of(new String("AAPL"))).isEqualTo(SymbolPartitioner.partition(aapl, 12));
  }
}
