package io.peripheral.schemas.bar;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serde for {@link Bar} values (JSON, see {@link BarJson}). */
public final class BarSerde implements Serde<Bar> {
  @Override
  public Serializer<Bar> serializer() {
    return (topic, bar) -> bar == null ? null : BarJson.write(bar);
  }

  @Override
  public Deserializer<Bar> deserializer() {
    return (topic, bytes) -> bytes == null ? null : BarJson.read(bytes);
  }
}
