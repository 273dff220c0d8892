package io.peripheral.strategy.runtime;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import com.dylibso.chicory.runtime.ConstantEvaluators;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Linear memory as one flat {@code byte[]}, for strategy modules (not shared, no atomics).
 *
 * <p>Why not Chicory's {@code ByteArrayMemory}: in 1.7.5 it is paged (64 KiB pages), so every load and store pays a
 * page-boundary test, a page-table load and two array bounds checks; here an access is one bounds check inside the
 * VarHandle. Growing copies the array, so the host sizes the initial memory from the strategy's previous peak (see
 * {@link StrategyHost}) and the module's allocator grows geometrically. Out-of-range accesses throw the same
 * {@link WasmRuntimeException} ("out of bounds memory access") as Chicory's memories.
 */
public final class FlatMemory implements Memory {
  private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle DOUBLE =
      MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
  /** A Java array holds at most Integer.MAX_VALUE - 8 bytes: 32767 pages. */
  static final int MAX_PAGES = (Integer.MAX_VALUE - 8) / PAGE_SIZE;

  private final MemoryLimits limits;
  private byte[] buf;
  private DataSegment[] segments = new DataSegment[0];
  /**
   * True from construction until the instance is initialized: Chicory zeroes memory right after creating it, and a
   * new Java array is already zero (ByteArrayMemory fills it a second time).
   */
  private boolean fresh = true;

  public FlatMemory(MemoryLimits limits) {
    this(limits, null);
  }

  /** Memory whose initial array comes from pool (zeroed), when there is one. */
  FlatMemory(MemoryLimits limits, MemoryPool pool) {
    int max = Math.min(limits.maximumPages(), MAX_PAGES);
    this.limits = new MemoryLimits(Math.min(limits.initialPages(), max), max);
    int length = this.limits.initialPages() * PAGE_SIZE;
    this.buf = pool == null ? new byte[length] : pool.take(length);
  }

  /** The backing array, for bulk copies by the host; valid until the next {@link #grow}. */
  byte[] array() {
    fresh = false;
    return buf;
  }

  private static WasmRuntimeException outOfBounds(RuntimeException cause) {
    return new WasmRuntimeException("out of bounds memory access", cause);
  }

  @Override
  public int pages() {
    return buf.length / PAGE_SIZE;
  }

  @Override
  public int grow(int size) {
    int old = pages();
    long next = (long) old + Integer.toUnsignedLong(size);
    if (next > limits.maximumPages()) {
      return -1;
    }
    if (size != 0) {
      buf = Arrays.copyOf(buf, (int) next * PAGE_SIZE);
    }
    return old;
  }

  @Override
  public int initialPages() {
    return limits.initialPages();
  }

  @Override
  public int maximumPages() {
    return limits.maximumPages();
  }

  @Override
  public boolean shared() {
    return false;
  }

  @Override
  public Object lock(int address) {
    return this;
  }

  @Override
  public int waitOn(int address, int expected, long timeout) {
    throw new ChicoryException("atomic wait on unshared memory");
  }

  @Override
  public int waitOn(int address, long expected, long timeout) {
    throw new ChicoryException("atomic wait on unshared memory");
  }

  @Override
  public int notify(int address, int maxThreads) {
    return 0;
  }

  @Override
  public void initialize(Instance instance, DataSegment[] dataSegments) {
    initialize(instance, dataSegments, 0);
  }

  @Override
  public void initialize(Instance instance, DataSegment[] dataSegments, int memoryIndex) {
    fresh = false;
    this.segments = dataSegments == null ? new DataSegment[0] : dataSegments;
    for (DataSegment s : segments) {
      if (s instanceof ActiveDataSegment a && a.index() == memoryIndex) {
        int offset = (int) ConstantEvaluators.computeConstantValue(instance, a.offsetInstructions())[0];
        byte[] data = a.data();
        if (offset < 0 || (long) offset + data.length > buf.length) {
          throw new UninstantiableException("out of bounds memory access");
        }
        write(offset, data, 0, data.length);
      }
    }
  }

  @Override
  public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
    DataSegment s = segments[segmentId];
    if (!(s instanceof PassiveDataSegment p)) {
      throw new WasmRuntimeException("out of bounds memory access");
    }
    byte[] data = p.data();
    if (offset < 0 || size < 0 || (long) offset + size > data.length) {
      throw new WasmRuntimeException("out of bounds memory access");
    }
    write(dest, data, offset, size);
  }

  @Override
  public void write(int addr, byte[] data, int offset, int size) {
    try {
      System.arraycopy(data, offset, buf, addr, size);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public byte read(int addr) {
    try {
      return buf[addr];
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public byte[] readBytes(int addr, int len) {
    // copyOfRange would pad past the end with zeros instead of failing
    if (addr < 0 || len < 0 || (long) addr + len > buf.length) {
      throw outOfBounds(new IndexOutOfBoundsException(addr));
    }
    return Arrays.copyOfRange(buf, addr, addr + len);
  }

  @Override
  public void writeI32(int addr, int data) {
    try {
      INT.set(buf, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public int readInt(int addr) {
    try {
      return (int) INT.get(buf, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public void writeLong(int addr, long data) {
    try {
      LONG.set(buf, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public long readLong(int addr) {
    try {
      return (long) LONG.get(buf, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public void writeShort(int addr, short data) {
    try {
      SHORT.set(buf, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public short readShort(int addr) {
    try {
      return (short) SHORT.get(buf, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public long readU16(int addr) {
    return readShort(addr) & 0xffffL;
  }

  @Override
  public void writeByte(int addr, byte data) {
    try {
      buf[addr] = data;
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public void writeF32(int addr, float data) {
    try {
      FLOAT.set(buf, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public long readF32(int addr) {
    return readInt(addr);
  }

  @Override
  public float readFloat(int addr) {
    try {
      return (float) FLOAT.get(buf, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public void writeF64(int addr, double data) {
    try {
      DOUBLE.set(buf, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public double readDouble(int addr) {
    try {
      return (double) DOUBLE.get(buf, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public long readF64(int addr) {
    return readLong(addr);
  }

  @Override
  public void zero() {
    if (!fresh) {
      Arrays.fill(buf, (byte) 0);
    }
    fresh = false;
  }

  @Override
  public void fill(byte value, int fromIndex, int toIndex) {
    try {
      Arrays.fill(buf, fromIndex, toIndex, value);
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw outOfBounds(new IndexOutOfBoundsException(fromIndex));
    }
  }

  @Override
  public void copy(int dest, int src, int size) {
    try {
      System.arraycopy(buf, src, buf, dest, size);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(e);
    }
  }

  @Override
  public void drop(int segment) {
    segments[segment] = PassiveDataSegment.EMPTY;
  }
}
