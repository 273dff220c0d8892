package io.peripheral.feed.flatfile.download;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP relay between the downloader and the S3 server that plays a bad network: it records every HTTP request
 * (request line and Range header) passing through, and on demand cuts the connection of the next GET of a given key
 * after so many bytes of the response body — the server itself stays healthy. Plain HTTP/1.1 only; requests are
 * assumed to have no body (the downloader only lists and gets).
 */
final class CuttingProxy implements AutoCloseable {
  /** One request seen: {@code GET /bucket/key?query HTTP/1.1} and its Range header, or null. */
  record Seen(String requestLine, String range) {}

  private record Cut(String keyPart, long afterBodyBytes) {}

  private final ServerSocket server;
  private final int upstreamPort;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicReference<Cut> cut = new AtomicReference<>();

  CuttingProxy(int upstreamPort) {
    this.upstreamPort = upstreamPort;
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "cutting-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** The next GET whose request line contains {@code keyPart} loses its connection after that many body bytes. */
  void cutNextGet(String keyPart, long afterBodyBytes) {
    cut.set(new Cut(keyPart, afterBodyBytes));
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  void clear() {
    seen.clear();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
        sockets.add(client);
        sockets.add(upstream);
        AtomicReference<Cut> armed = new AtomicReference<>();
        start(() -> requests(client, upstream, armed));
        start(() -> responses(upstream, client, armed));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private static void start(Runnable r) {
    Thread t = new Thread(r, "cutting-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  /** Client to server: parses each request head before forwarding it, so a cut is armed before its response. */
  private void requests(Socket client, Socket upstream, AtomicReference<Cut> armed) {
    try (InputStream in = new BufferedInputStream(client.getInputStream());
        OutputStream out = upstream.getOutputStream()) {
      StringBuilder head = new StringBuilder();
      for (int b = in.read(); b >= 0; b = in.read()) {
        head.append((char) b);
        if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
          String[] lines = head.toString().split("\r\n");
          String range = null;
          for (String line : lines) {
            if (line.regionMatches(true, 0, "Range:", 0, 6)) {
              range = line.substring(6).trim();
            }
          }
          seen.add(new Seen(lines[0], range));
          Cut c = cut.get();
          if (c != null && lines[0].startsWith("GET ") && lines[0].contains(c.keyPart()) && cut.compareAndSet(c, null)) {
            armed.set(c);
          }
          out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          head.setLength(0);
        }
      }
    } catch (IOException e) {
      // either side went away: the other pump ends too
    } finally {
      closeQuietly(client, upstream);
    }
  }

  /** Server to client: copies, unless this connection's response is to be cut after N body bytes. */
  private void responses(Socket upstream, Socket client, AtomicReference<Cut> armed) {
    try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
      byte[] buf = new byte[8192];
      int headMatch = 0;
      long body = -1; // body bytes relayed of an armed response, -1 while its head is still passing
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        Cut c = armed.get();
        if (c == null) {
          out.write(buf, 0, n);
          out.flush();
          continue;
        }
        for (int i = 0; i < n; i++) {
          if (body < 0) {
            headMatch = buf[i] == "\r\n\r\n".charAt(headMatch) ? headMatch + 1 : (buf[i] == '\r' ? 1 : 0);
            if (headMatch == 4) {
              body = 0;
            }
          } else if (++body > c.afterBodyBytes()) {
            out.write(buf, 0, i);
            out.flush();
            closeQuietly(client, upstream);
            return;
          }
        }
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // either side went away
    } finally {
      closeQuietly(client, upstream);
    }
  }

  private static void closeQuietly(Socket... sockets) {
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    closeQuietly(sockets.toArray(new Socket[0]));
  }
}
