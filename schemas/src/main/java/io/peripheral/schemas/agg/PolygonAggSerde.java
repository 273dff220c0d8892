package io.peripheral.schemas.agg;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serde of the aggregates topic: one {@link PolygonAggJson} object per record. */
public final class PolygonAggSerde implements Serde<PolygonAgg> {
  @Override
  public Serializer<PolygonAgg> serializer() {
    return (topic, agg) -> agg == null ? null : PolygonAggJson.write(agg);
  }

  @Override
  public Deserializer<PolygonAgg> deserializer() {
    return (topic, bytes) -> bytes == null ? null : PolygonAggJson.read(bytes);
  }
}
