package io.peripheral.feed.flatfile.download;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bucket in memory for unit tests of the downloader: objects, and scripted misbehaviour (a body that breaks off
 * after some bytes, a server that ignores Range, an object gone after the listing). Records every open.
 */
final class MemoryBucket implements FlatFileBucket {
  private final TreeMap<String, byte[]> objects = new TreeMap<>();
  private final Map<String, String> etags = new HashMap<>();
  private final Map<String, Integer> breaks = new HashMap<>();
  private final List<String> gone = new ArrayList<>();
  private final Map<String, byte[]> served = new HashMap<>();
  private final List<String> opens = new ArrayList<>();
  private int breakAfterBytes;
  private boolean ignoreRange;

  MemoryBucket put(String key, byte[] bytes, String etag) {
    objects.put(key, bytes);
    etags.put(key, etag);
    return this;
  }

  /** The next {@code times} bodies of {@code key} break off after {@code bytes} bytes. */
  MemoryBucket breakOff(String key, int bytes, int times) {
    breaks.put(key, times);
    breakAfterBytes = bytes;
    return this;
  }

  /** Opening {@code key} serves these bytes while the listing still describes the old object. */
  MemoryBucket changedAfterListing(String key, byte[] bytes) {
    served.put(key, bytes);
    return this;
  }

  MemoryBucket ignoreRange() {
    ignoreRange = true;
    return this;
  }

  MemoryBucket goneWhenFetched(String key) {
    gone.add(key);
    return this;
  }

  /** "key@offset" of every open, in order. */
  List<String> opens() {
    return List.copyOf(opens);
  }

  @Override
  public List<RemoteFile> list(String prefix) {
    return objects.subMap(prefix, prefix + Character.MAX_VALUE).entrySet().stream()
        .map(e -> new RemoteFile(e.getKey(), e.getValue().length, "\"" + etags.get(e.getKey()) + "\"")).toList();
  }

  @Override
  public Body open(String key, long from) {
    opens.add(key + "@" + from);
    if (gone.contains(key) || !objects.containsKey(key)) {
      throw new MissingFileException(key);
    }
    byte[] all = served.getOrDefault(key, objects.get(key));
    int start = ignoreRange ? 0 : (int) from;
    InputStream in = new ByteArrayInputStream(all, start, all.length - start);
    int left = breaks.getOrDefault(key, 0);
    if (left > 0) {
      breaks.put(key, left - 1);
      in = new BreakingStream(in, breakAfterBytes);
    }
    return new Body(in, start);
  }

  @Override
  public void close() {}

  /** Delivers {@code limit} bytes, then fails as a reset connection does. */
  private static final class BreakingStream extends InputStream {
    private final InputStream in;
    private int left;

    BreakingStream(InputStream in, int limit) {
      this.in = in;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException("Connection reset");
      }
      int n = in.read(b, off, Math.min(len, left));
      left -= Math.max(n, 0);
      return n;
    }
  }
}
