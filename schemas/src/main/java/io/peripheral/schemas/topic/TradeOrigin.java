package io.peripheral.schemas.topic;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Where the trades of a trades-topic record came from, when not from the live source itself: the header
 * {@value #HEADER} = {@value #BACKFILL} marks trades the feed recovered through Polygon REST for a gap in its live
 * input. The bar builder gives every window such a trade falls into {@code source=backfill} (which supersedes the
 * live version of that window). Records without the header are the namespace's own source.
 */
public final class TradeOrigin {
  public static final String HEADER = "peripheral-source";
  public static final String BACKFILL = "backfill";
  private static final byte[] BACKFILL_BYTES = BACKFILL.getBytes(StandardCharsets.UTF_8);

  private TradeOrigin() {}

  public static void markBackfill(Headers headers) {
    headers.add(HEADER, BACKFILL_BYTES);
  }

  public static boolean isBackfill(Headers headers) {
    if (headers == null) {
      return false;
    }
    Header h = headers.lastHeader(HEADER);
    return h != null && java.util.Arrays.equals(h.value(), BACKFILL_BYTES);
  }
}
