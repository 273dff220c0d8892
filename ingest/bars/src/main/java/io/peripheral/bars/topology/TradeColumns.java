package io.peripheral.bars.topology;

import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeArrowSchema;
import io.peripheral.schemas.trade.TradeCodecException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.ipc.ArrowStreamReader;

/**
 * The columns bar building reads from one trades record (the same ones as {@link TradeArrowCodec.Columns#BARS}),
 * copied in bulk out of the Arrow buffers: no per-trade objects. Symbols stay dictionary-encoded ({@link #names}
 * + {@link #symbol}), conditions stay a flat array with offsets. Same failures as {@link TradeArrowCodec#decode}
 * ({@link TradeCodecException}) for streams it cannot read, nulls in required columns or bad dictionary indices.
 */
final class TradeColumns {
  private static final BufferAllocator ROOT = new RootAllocator();
  private static final double SIZE_FACTOR = Math.pow(10, TradeArrowSchema.SIZE_SCALE);
  private static final int DECIMAL_WIDTH = 16;

  /** Symbol dictionary (of every record batch in the stream, concatenated). */
  final String[] names;
  final int size;
  final int[] symbol;
  final long[] sip;
  final double[] price;
  final double[] quantity;
  final int[] exchange;
  final int[] correction;
  /** Conditions of row i are {@code conditions[conditionStart[i] .. conditionStart[i + 1])}. */
  final int[] conditionStart;
  final int[] conditions;

  private TradeColumns(String[] names, int size, int[] symbol, long[] sip, double[] price, double[] quantity,
      int[] exchange, int[] correction, int[] conditionStart, int[] conditions) {
    this.names = names;
    this.size = size;
    this.symbol = symbol;
    this.sip = sip;
    this.price = price;
    this.quantity = quantity;
    this.exchange = exchange;
    this.correction = correction;
    this.conditionStart = conditionStart;
    this.conditions = conditions;
  }

  int[] conditionsOf(int row) {
    return Arrays.copyOfRange(conditions, conditionStart[row], conditionStart[row + 1]);
  }

  static TradeColumns decode(byte[] bytes) {
    try (BufferAllocator alloc = ROOT.newChildAllocator("trade-columns", 0, Long.MAX_VALUE);
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(bytes), alloc)) {
      List<Part> parts = new ArrayList<>(1);
      while (reader.loadNextBatch()) {
        parts.add(Part.read(reader));
      }
      return parts.size() == 1 ? parts.get(0).columns() : concat(parts);
    } catch (IOException | RuntimeException e) {
      throw new TradeCodecException("could not decode a trade batch of " + bytes.length + " bytes: " + e.getMessage(), e);
    }
  }

  /** One record batch, already in plain arrays. */
  private record Part(String[] names, int n, int[] symbol, long[] sip, double[] price, double[] quantity,
      int[] exchange, int[] correction, int[] conditionStart, int[] conditions) {
    TradeColumns columns() {
      return new TradeColumns(names, n, symbol, sip, price, quantity, exchange, correction, conditionStart, conditions);
    }

    static Part read(ArrowStreamReader reader) throws IOException {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      int n = root.getRowCount();
      VarCharVector dictionary = (VarCharVector) reader.getDictionaryVectors()
          .get(TradeArrowSchema.SYMBOL_DICTIONARY_ID).getVector();
      String[] names = new String[dictionary.getValueCount()];
      for (int d = 0; d < names.length; d++) {
        names[d] = new String(dictionary.get(d), StandardCharsets.UTF_8);
      }
      int[] symbol = ints(required(root, "symbol"), n);
      for (int i = 0; i < n; i++) {
        if (symbol[i] < 0 || symbol[i] >= names.length) {
          throw new IllegalArgumentException("symbol dictionary index " + symbol[i] + " out of " + names.length);
        }
      }
      long[] sip = new long[n];
      data(required(root, "sip_timestamp"), n, 8).asLongBuffer().get(sip);
      double[] price = new double[n];
      data(required(root, "price"), n, 8).asDoubleBuffer().get(price);
      // The low 64 bits of the little-endian 128-bit decimal hold the unscaled size.
      java.nio.LongBuffer decimals = data(required(root, "size"), n, DECIMAL_WIDTH).asLongBuffer();
      double[] quantity = new double[n];
      for (int i = 0; i < n; i++) {
        quantity[i] = decimals.get(2 * i) / SIZE_FACTOR;
      }
      int[] exchange = ints(required(root, "exchange"), n);
      int[] correction = ints(required(root, "correction"), n);
      ListVector list = (ListVector) required(root, "conditions");
      int[] offsets = new int[n + 1];
      ArrowBuf offsetBuffer = list.getOffsetBuffer();
      if (n > 0) {
        buffer(offsetBuffer, 0, (n + 1) * 4L).asIntBuffer().get(offsets);
      }
      int first = offsets[0];
      int count = offsets[n] - first;
      FieldVector values = (FieldVector) list.getDataVector();
      if (values.getNullCount() > 0) {
        throw new IllegalArgumentException("null condition");
      }
      int[] conditions = new int[count];
      if (count > 0) {
        buffer(values.getDataBuffer(), first * 4L, count * 4L).asIntBuffer().get(conditions);
      }
      if (first != 0) {
        for (int i = 0; i <= n; i++) {
          offsets[i] -= first;
        }
      }
      for (int i = 0; i < n; i++) {
        if (offsets[i + 1] < offsets[i]) {
          throw new IllegalArgumentException("conditions offsets decrease at row " + i);
        }
      }
      return new Part(names, n, symbol, sip, price, quantity, exchange, correction, offsets, conditions);
    }

    private static FieldVector required(VectorSchemaRoot root, String name) {
      FieldVector v = root.getVector(name);
      if (v == null) {
        throw new IllegalArgumentException("no column " + name);
      }
      if (v.getNullCount() > 0) {
        throw new IllegalArgumentException("nulls in required column " + name);
      }
      return v;
    }

    private static int[] ints(FieldVector v, int n) {
      int[] out = new int[n];
      data(v, n, 4).asIntBuffer().get(out);
      return out;
    }

    private static ByteBuffer data(FieldVector v, int n, int width) {
      return buffer(v.getDataBuffer(), 0, (long) n * width);
    }

    private static ByteBuffer buffer(ArrowBuf buf, long index, long length) {
      if (index + length > buf.capacity()) {
        throw new IllegalArgumentException("buffer of " + buf.capacity() + " bytes, needed " + (index + length));
      }
      return length == 0 ? ByteBuffer.allocate(0) : buf.nioBuffer(index, (int) length).order(ByteOrder.LITTLE_ENDIAN);
    }
  }

  private static TradeColumns concat(List<Part> parts) {
    int n = 0;
    int names = 0;
    int conds = 0;
    for (Part p : parts) {
      n += p.n();
      names += p.names().length;
      conds += p.conditions().length;
    }
    String[] allNames = new String[names];
    int[] symbol = new int[n];
    long[] sip = new long[n];
    double[] price = new double[n];
    double[] quantity = new double[n];
    int[] exchange = new int[n];
    int[] correction = new int[n];
    int[] start = new int[n + 1];
    int[] conditions = new int[conds];
    int row = 0;
    int name = 0;
    int cond = 0;
    for (Part p : parts) {
      System.arraycopy(p.names(), 0, allNames, name, p.names().length);
      for (int i = 0; i < p.n(); i++) {
        symbol[row + i] = p.symbol()[i] + name;
        start[row + i] = p.conditionStart()[i] + cond;
      }
      System.arraycopy(p.sip(), 0, sip, row, p.n());
      System.arraycopy(p.price(), 0, price, row, p.n());
      System.arraycopy(p.quantity(), 0, quantity, row, p.n());
      System.arraycopy(p.exchange(), 0, exchange, row, p.n());
      System.arraycopy(p.correction(), 0, correction, row, p.n());
      System.arraycopy(p.conditions(), 0, conditions, cond, p.conditions().length);
      row += p.n();
      name += p.names().length;
      cond += p.conditions().length;
    }
    start[n] = cond;
    return new TradeColumns(allNames, n, symbol, sip, price, quantity, exchange, correction, start, conditions);
  }
}
