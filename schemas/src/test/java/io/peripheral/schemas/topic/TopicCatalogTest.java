package io.peripheral.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.schemas.bar.Interval;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TopicCatalogTest {
  @Test
  void replayNamespacesPrefixEveryTopic() {
    TopicCatalog replay = TopicCatalog.replay("r42");
    assertThat(replay.trades().name()).isEqualTo("replay.r42.trades.v1");
    assertThat(replay.bars(Interval.M5).name()).isEqualTo("replay.r42.bars.5m.v1");
    assertThat(replay.quotes().name()).isEqualTo("replay.r42.quotes.v1");
    assertThat(replay.polygonAggs().name()).isEqualTo("replay.r42.polygon.aggs.v1");
    assertThat(replay.all()).allSatisfy(t -> assertThat(t.name()).startsWith("replay.r42."));
    assertThat(TopicCatalog.forPrefix("replay.r42.").trades().name()).isEqualTo(replay.trades().name());
  }

  @Test
  void topicNamesAreUniqueWithinANamespace() {
    Set<String> names = new HashSet<>();
    TopicCatalog.live().all().forEach(t -> assertThat(names.add(t.name())).isTrue());
    assertThat(names).hasSize(2 + Interval.values().length + 2)
        .contains("quotes.v1", "polygon.aggs.v1");
  }

  @Test
  void replayIdsThatCouldEscapeTheNamespaceAreRefused() {
    assertThatThrownBy(() -> TopicCatalog.replay("a.b")).hasMessageContaining("letters, digits");
    assertThatThrownBy(() -> TopicCatalog.replay("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void symbolPartitionMatchesKafkasDefaultPartitionerForTheSymbolKey() {
    for (String symbol : new String[] {"AAPL", "MSFT", "BRK.A", "SPY", "Z"}) {
      int ours = SymbolPartitioner.partition(symbol, 6);
      int kafkas = BuiltInPartitioner.partitionForKey(symbol.getBytes(StandardCharsets.UTF_8), 6);
      assertThat(ours).isEqualTo(kafkas);
    }
  }

  @Test
  void endOfStreamMarkersAreRecognisedOnlyWithTheirHeader() {
    RecordHeaders headers = new RecordHeaders();
    assertThat(ControlRecords.isEndOfStream(headers)).isFalse();
    ControlRecords.markEndOfStream(headers);
    assertThat(ControlRecords.isEndOfStream(headers)).isTrue();
    assertThat(ControlRecords.isEndOfStream(null)).isFalse();
  }
}
