package io.peripheral.feed.flatfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source on a thread of its own, a few chunks ahead of the reader. Gzip decompression costs about as much
 * CPU as parsing the rows it yields; with this in front of a {@code GZIPInputStream} the two run on different cores
 * instead of one after the other. Memory stays constant: {@code chunks} buffers circulate between the two threads.
 * Not for concurrent readers (one consumer, like any stream).
 */
public final class ReadAheadInputStream extends InputStream {
  private static final byte[] END = new byte[0];

  private final InputStream source;
  private final BlockingQueue<Chunk> filled;
  private final BlockingQueue<byte[]> free;
  private final Thread reader;
  private volatile IOException failure;
  private Chunk current;
  private int pos;
  private boolean ended;

  private record Chunk(byte[] data, int length) {}

  public ReadAheadInputStream(InputStream source, int chunkBytes, int chunks, String threadName) {
    if (chunkBytes < 1 || chunks < 2) {
      throw new IllegalArgumentException("need at least two chunks of at least one byte");
    }
    this.source = source;
    this.filled = new ArrayBlockingQueue<>(chunks + 1);
    this.free = new ArrayBlockingQueue<>(chunks);
    for (int i = 0; i < chunks; i++) {
      free.add(new byte[chunkBytes]);
    }
    this.reader = new Thread(this::fill, threadName);
    reader.setDaemon(true);
    reader.start();
  }

  private void fill() {
    try {
      boolean more = true;
      while (more) {
        byte[] b = free.take();
        int n = 0;
        try {
          for (int r = 0; n < b.length && r >= 0; n += Math.max(r, 0)) {
            r = source.read(b, n, b.length - n);
          }
        } catch (IOException e) {
          failure = e; // delivered after the bytes read before it
        }
        if (n > 0) {
          filled.put(new Chunk(b, n));
        }
        more = failure == null && n == b.length; // a short chunk is the end of the source
      }
      filled.put(new Chunk(END, 0));
    } catch (InterruptedException e) {
      // closed by the consumer: nobody is waiting for the end marker
    }
  }

  /** The current chunk with unread bytes, or null at the end of the source. */
  private Chunk chunk() throws IOException {
    if (current != null && pos < current.length()) {
      return current;
    }
    if (ended) {
      return null;
    }
    if (current != null) {
      free.add(current.data());
      current = null;
    }
    Chunk next;
    try {
      next = filled.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the read-ahead thread");
    }
    if (next.data() == END) {
      ended = true;
      if (failure != null) {
        throw failure;
      }
      return null;
    }
    current = next;
    pos = 0;
    return current;
  }

  @Override
  public int read() throws IOException {
    Chunk c = chunk();
    return c == null ? -1 : c.data()[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    Chunk c = chunk();
    if (c == null) {
      return -1;
    }
    int n = Math.min(len, c.length() - pos);
    System.arraycopy(c.data(), pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    reader.interrupt();
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    source.close();
  }
}
