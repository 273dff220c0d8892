package io.peripheral.schemas.quote;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serde for quotes topics: one record value = one Arrow IPC stream (see {@link QuoteArrowCodec}). */
public final class QuoteBatchSerde implements Serde<QuoteBatch> {
  @Override
  public Serializer<QuoteBatch> serializer() {
    return (topic, batch) -> batch == null ? null : QuoteArrowCodec.encode(batch);
  }

  @Override
  public Deserializer<QuoteBatch> deserializer() {
    return (topic, bytes) -> bytes == null ? null : QuoteArrowCodec.decode(bytes);
  }
}
