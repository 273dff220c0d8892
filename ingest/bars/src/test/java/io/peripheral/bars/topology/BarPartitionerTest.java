package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.topic.SymbolPartitioner;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BarPartitionerTest {
  private final BarPartitioner partitioner = new BarPartitioner();

  @Test
  void barsLandOnTheirSymbolsPartition() {
    for (String symbol : new String[] {"AAPL", "MSFT", "BRK.B", "X"}) {
      assertThat(partitioner.partitions("bars.1m.v1", symbol, new Object(), 6))
          .isEqualTo(Optional.of(Set.of(SymbolPartitioner.partition(symbol, 6))));
    }
  }

  @Test
  void controlRecordsLandOnThePartitionTheyClose() {
    for (int p = 0; p < 6; p++) {
      assertThat(partitioner.partitions("bars.1m.v1", BarPartitioner.controlKey(p), null, 6))
          .isEqualTo(Optional.of(Set.of(p)));
    }
  }
}
