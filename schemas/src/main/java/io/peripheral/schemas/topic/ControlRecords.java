package io.peripheral.schemas.topic;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Control records on a trades topic: a record with a null value and the header
 * {@value #HEADER} = {@value #END_OF_STREAM} tells the bar builder that this partition's input has ended
 * (a replay finished): it closes every open window of the partition as final. A replay writes one to every
 * partition after its last trade.
 */
public final class ControlRecords {
  public static final String HEADER = "peripheral-control";
  public static final String END_OF_STREAM = "end-of-stream";
  private static final byte[] END_OF_STREAM_BYTES = END_OF_STREAM.getBytes(StandardCharsets.UTF_8);

  private ControlRecords() {}

  public static void markEndOfStream(Headers headers) {
    headers.add(HEADER, END_OF_STREAM_BYTES);
  }

  public static boolean isEndOfStream(Headers headers) {
    if (headers == null) {
      return false;
    }
    Header h = headers.lastHeader(HEADER);
    return h != null && END_OF_STREAM.equals(new String(h.value(), StandardCharsets.UTF_8));
  }
}
