package io.peripheral.feed.produce;

import io.peripheral.feed.config.FeedConfig;

/** Producer settings from configuration, with the bootstrap address possibly overridden on the command line. */
public final class ProducerSettingsFactory {
  private ProducerSettingsFactory() {}

  public static ProducerSettings from(FeedConfig.Kafka kafka, String bootstrapOverride) {
    String bootstrap = bootstrapOverride == null || bootstrapOverride.isBlank() ? kafka.bootstrap() : bootstrapOverride;
    return new ProducerSettings(bootstrap, kafka.compression(), kafka.batchRows(), kafka.linger(),
        kafka.bufferMemory(), kafka.maxBlock());
  }
}
