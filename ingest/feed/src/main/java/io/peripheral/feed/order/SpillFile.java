package io.peripheral.feed.order;

import io.peripheral.feed.FeedException;
import io.peripheral.schemas.trade.Trade;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A sorted run spilled to a temp file: a compact binary form of its trades, read back as a {@link TradeSource}. */
final class SpillFile {
  private SpillFile() {}

  static void write(Path path, Trade[] trades, int count) {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16))) {
      out.writeInt(count);
      for (int i = 0; i < count; i++) {
        Trade t = trades[i];
        out.writeUTF(t.symbol());
        out.writeLong(t.sipTimestamp());
        out.writeLong(t.participantTimestamp());
        out.writeDouble(t.price());
        out.writeDouble(t.size());
        out.writeInt(t.exchange());
        out.writeInt(t.tape());
        int[] conditions = t.conditions();
        out.writeShort(conditions.length);
        for (int c : conditions) {
          out.writeInt(c);
        }
        out.writeUTF(t.tradeId());
        out.writeLong(t.sequenceNumber());
        out.writeInt(t.correction());
        out.writeInt(t.trfId());
        out.writeLong(t.trfTimestamp());
      }
    } catch (IOException e) {
      throw new FeedException("could not write the sort run " + path + ": " + e.getMessage(), e);
    }
  }

  static TradeSource read(Path path) {
    try {
      return new Reader(path);
    } catch (IOException e) {
      throw new FeedException("could not open the sort run " + path + ": " + e.getMessage(), e);
    }
  }

  private static final class Reader implements TradeSource {
    private static final int[] NO_CONDITIONS = new int[0];
    private final Path path;
    private final DataInputStream in;
    private final Map<String, String> symbols = new HashMap<>();
    private int remaining;

    Reader(Path path) throws IOException {
      this.path = path;
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
      this.remaining = in.readInt();
    }

    @Override
    public Trade next() {
      if (remaining == 0) {
        return null;
      }
      try {
        String symbol = symbols.computeIfAbsent(readUtf(), s -> s);
        long sip = in.readLong();
        long participant = in.readLong();
        double price = in.readDouble();
        double size = in.readDouble();
        int exchange = in.readInt();
        int tape = in.readInt();
        int n = in.readShort();
        int[] conditions = n == 0 ? NO_CONDITIONS : new int[n];
        for (int i = 0; i < n; i++) {
          conditions[i] = in.readInt();
        }
        String id = in.readUTF();
        long sequence = in.readLong();
        int correction = in.readInt();
        int trfId = in.readInt();
        long trfTimestamp = in.readLong();
        remaining--;
        return new Trade(symbol, sip, participant, price, size, exchange, tape, conditions, id, sequence, correction,
            trfId, trfTimestamp);
      } catch (EOFException e) {
        throw new FeedException("sort run " + path + " is truncated", e);
      } catch (IOException e) {
        throw new FeedException("could not read the sort run " + path + ": " + e.getMessage(), e);
      }
    }

    private String readUtf() throws IOException {
      return in.readUTF();
    }

    @Override
    public void close() {
      try {
        in.close();
        Files.deleteIfExists(path);
      } catch (IOException e) {
        throw new FeedException("could not remove the sort run " + path + ": " + e.getMessage(), e);
      }
    }
  }
}
