package io.peripheral.strategy.runtime;

import com.dylibso.chicory.runtime.Instance;
import io.peripheral.strategy.CompiledStrategy;
import io.peripheral.strategy.lower.Layout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/**
 * Copies the bars into linear memory as the module's DataFrame (a column table of arrays: [length i64][elements])
 * and result arrays back out, straight between Java arrays and the memory's backing array (one copy each way).
 */
final class FrameIo {
  private FrameIo() {}

  static int alloc(Instance inst, long bytes) {
    return (int) inst.export("alloc").apply(bytes)[0];
  }

  /** Writes the frame table and the columns the strategy reads (others are null pointers); returns the table. */
  static int writeFrame(Instance inst, FlatMemory mem, CompiledStrategy s, Bars bars) {
    int n = bars.size();
    List<String> cols = s.columns();
    int table = alloc(inst, 16 + 8L * cols.size());
    mem.writeLong(table, n);
    mem.writeLong(table + 8, 0);
    Map<String, double[]> floats = bars.floatColumns();
    for (int i = 0; i < cols.size(); i++) {
      String c = cols.get(i);
      long ptr = 0;
      if (!s.usedColumns().contains(c)) {
        ptr = 0;
      } else if (c.equals("time")) {
        ptr = writeArray(inst, mem, bars.time(), null);
      } else if (floats.containsKey(c)) {
        ptr = writeArray(inst, mem, null, floats.get(c));
      }
      mem.writeLong(table + 16 + 8 * i, ptr);
    }
    return table;
  }

  private static long writeArray(Instance inst, FlatMemory mem, long[] ints, double[] floats) {
    int n = ints != null ? ints.length : floats.length;
    int p = alloc(inst, 8 + 8L * n);
    mem.writeLong(p, n);
    // after alloc: allocating may grow (replace) the backing array
    ByteBuffer buf = ByteBuffer.wrap(mem.array(), p + 8, 8 * n).slice().order(ByteOrder.LITTLE_ENDIAN);
    if (ints != null) {
      buf.asLongBuffer().put(ints);
    } else {
      buf.asDoubleBuffer().put(floats);
    }
    return p;
  }

  /** Reads the array at p as doubles (int and bool arrays converted). */
  static double[] readArray(FlatMemory mem, int p, int kind) {
    int n = (int) mem.readLong(p);
    ByteBuffer buf = ByteBuffer.wrap(mem.array(), p + 8, 8 * n).slice().order(ByteOrder.LITTLE_ENDIAN);
    double[] out = new double[n];
    if (kind == Layout.R_FARRAY) {
      buf.asDoubleBuffer().get(out);
      return out;
    }
    for (int i = 0; i < n; i++) {
      out[i] = (double) buf.getLong();
    }
    return out;
  }
}
