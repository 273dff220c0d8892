package io.peripheral.bars.topology;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Deserializer;
import org.jboss.logging.Logger;

/**
 * Decodes trades records into {@link TradeColumns}, but first checks that the bytes start like an Arrow IPC
 * stream (continuation marker 0xFFFFFFFF + a plausible metadata length). Anything else (e.g. JSON written to a trades topic) would make Arrow
 * allocate whatever length the garbage claims; it is skipped as a null value instead, with a rate-limited warning.
 */
final class TradeColumnsDeserializer implements Deserializer<TradeColumns> {
  private static final Logger LOG = Logger.getLogger(TradeColumnsDeserializer.class);
  private static final AtomicLong REJECTED = new AtomicLong();

  @Override
  public TradeColumns deserialize(String topic, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    if (!looksLikeArrowStream(bytes)) {
      long n = REJECTED.incrementAndGet();
      if (n == 1 || n % 10_000 == 0) {
        LOG.warnf("skipped %d trades records that are not Arrow IPC streams (latest on %s)", n, topic);
      }
      return null;
    }
    return TradeColumns.decode(bytes);
  }

  static boolean looksLikeArrowStream(byte[] b) {
    if (b.length < 8 || b[0] != (byte) 0xFF || b[1] != (byte) 0xFF || b[2] != (byte) 0xFF || b[3] != (byte) 0xFF) {
      return false;
    }
    long metadataLength = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
    return metadataLength > 0 && metadataLength <= b.length - 8;
  }

  static long rejected() {
    return REJECTED.get();
  }
}
