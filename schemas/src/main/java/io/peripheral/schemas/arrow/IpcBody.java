package io.peripheral.schemas.arrow;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.ReferenceManager;

/**
 * The layout of one Arrow IPC message body: its buffers in order, each starting on an 8-byte boundary, exactly as
 * Arrow Java's {@code ArrowRecordBatch} lays them out when it writes. Reused from batch to batch.
 */
public final class IpcBody {
  private long[] sizes = new long[16];
  private int count;
  private long length;

  public void clear() {
    count = 0;
    length = 0;
  }

  /** Appends a buffer of {@code size} bytes and returns where it starts within the body. */
  public int add(long size) {
    if (count == sizes.length) {
      sizes = java.util.Arrays.copyOf(sizes, count * 2);
    }
    sizes[count++] = size;
    long start = length;
    length = align8(start + size);
    if (length > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("an Arrow message body over 2 GiB");
    }
    return (int) start;
  }

  /** Total length, a multiple of 8. */
  public int length() {
    return (int) length;
  }

  /**
   * Memory-less stand-ins of the buffers' sizes, for Arrow's own metadata serializer: it reads only their
   * readable byte counts, so the message header is the one Arrow itself would write.
   */
  List<ArrowBuf> placeholders() {
    List<ArrowBuf> buffers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ArrowBuf b = new ArrowBuf(ReferenceManager.NO_OP, null, sizes[i], 0L);
      b.writerIndex(sizes[i]);
      buffers.add(b);
    }
    return buffers;
  }

  static long align8(long n) {
    return (n + 7) & ~7L;
  }
}
