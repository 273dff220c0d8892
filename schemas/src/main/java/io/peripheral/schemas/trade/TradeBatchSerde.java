package io.peripheral.schemas.trade;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serde for trades topics: one record value = one Arrow IPC stream (see {@link TradeArrowCodec}). */
public final class TradeBatchSerde implements Serde<TradeBatch> {
  private final TradeArrowCodec.Columns columns;

  public TradeBatchSerde() {
    this(TradeArrowCodec.Columns.ALL);
  }

  /** A serde whose deserializer materialises only {@code columns}. */
  public TradeBatchSerde(TradeArrowCodec.Columns columns) {
    this.columns = columns;
  }

  @Override
  public Serializer<TradeBatch> serializer() {
    return (topic, batch) -> batch == null ? null : TradeArrowCodec.encode(batch);
  }

  @Override
  public Deserializer<TradeBatch> deserializer() {
    return (topic, bytes) -> bytes == null ? null : TradeArrowCodec.decode(bytes, columns);
  }
}
