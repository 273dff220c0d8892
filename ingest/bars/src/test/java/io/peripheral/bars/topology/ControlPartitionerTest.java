package io.peripheral.bars.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.schemas.topic.SymbolPartitioner;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class ControlPartitionerTest {
  private final ControlPartitioner partitioner = new ControlPartitioner();

  @Test
  void controlRecordsLandOnThePartitionTheyClose() {
    for (int p = 0; p < 6; p++) {
      assertThat(partitioner.partitions("bars.1m.v1", ControlPartitioner.controlKey(p), null, 6))
          .isEqualTo(Optional.of(Set.of(p)));
    }
  }

  @Test
  void refusesBarsWhichTheProducersDefaultPartitionerPlaces() {
    assertThatThrownBy(() -> partitioner.partitions("bars.1m.v1", "AAPL", new Object(), 6))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AAPL");
  }

  /** Bar sinks have no partitioner: the producer's own choice for a symbol key must be the documented one. */
  @Test
  void producersDefaultPartitionerPlacesBarsOnTheirSymbolsPartition() {
    for (String symbol : new String[] {"AAPL", "MSFT", "BRK.B", "X", "ÄÖ", "SPY"}) {
      for (int partitions : new int[] {1, 6, 7, 32}) {
        assertThat(BuiltInPartitioner.partitionForKey(symbol.getBytes(StandardCharsets.UTF_8), partitions))
            .as("%s over %d partitions", symbol, partitions)
            .isEqualTo(SymbolPartitioner.partition(symbol, partitions));
      }
    }
  }
}
