package io.peripheral.feed.flatfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadInputStreamTest {
  private static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  @Test
  void yieldsTheSourceBytesInOrderWhateverTheReadSizes() throws IOException {
    byte[] data = random(1_000_003, 7); // not a multiple of the chunk size
    Random sizes = new Random(11);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data), 4096, 3, "test")) {
      byte[] buf = new byte[20_000];
      while (true) {
        if (sizes.nextInt(10) == 0) {
          int b = in.read();
          if (b < 0) {
            break;
          }
          out.write(b);
          continue;
        }
        int n = in.read(buf, 0, 1 + sizes.nextInt(buf.length));
        if (n < 0) {
          break;
        }
        out.write(buf, 0, n);
      }
      assertEquals(-1, in.read(), "the end stays the end");
    }
    assertArrayEquals(data, out.toByteArray());
  }

  @Test
  void anEmptySourceEndsAtOnce() throws IOException {
    try (InputStream in = new ReadAheadInputStream(new ByteArrayInputStream(new byte[0]), 16, 2, "test")) {
      assertEquals(-1, in.read(new byte[8], 0, 8));
    }
  }

  @Test
  void aReadFailureReachesTheReaderAfterTheBytesReadBeforeIt() throws IOException {
    byte[] data = random(10_000, 3);
    InputStream failing = new InputStream() {
      private int pos;

      @Override
      public int read() throws IOException {
        if (pos == data.length) {
          throw new IOException("Unexpected end of ZLIB input stream");
        }
        return data[pos++] & 0xff;
      }
    };
    try (InputStream in = new ReadAheadInputStream(failing, 1024, 2, "test")) {
      byte[] got = in.readNBytes(data.length);
      assertArrayEquals(data, got);
      IOException e = assertThrows(IOException.class, in::read);
      assertEquals("Unexpected end of ZLIB input stream", e.getMessage());
    }
  }

  @Test
  void closingEarlyStopsTheReadAheadThreadAndClosesTheSource() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
    ReadAheadInputStream in = new ReadAheadInputStream(endless, 64, 2, "read-ahead-close-test");
    assertEquals('x', in.read());
    in.close();
    assertTrue(closed.get());
    boolean alive = Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("read-ahead-close-test") && t.isAlive());
    assertFalse(alive, "the read-ahead thread has stopped");
  }
}
