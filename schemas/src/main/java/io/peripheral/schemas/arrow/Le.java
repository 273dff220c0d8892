package io.peripheral.schemas.arrow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Little-endian stores into byte arrays, the byte order of Arrow buffers. */
public final class Le {
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Le() {}

  public static void putInt(byte[] b, int pos, int v) {
    INT.set(b, pos, v);
  }

  public static void putLong(byte[] b, int pos, long v) {
    LONG.set(b, pos, v);
  }

  /** The raw bits, as Arrow's {@code setDouble} stores them (NaN payloads included). */
  public static void putDouble(byte[] b, int pos, double v) {
    LONG.set(b, pos, Double.doubleToRawLongBits(v));
  }

  /** Sets bits {@code 0..n-1} of the validity bitmap at {@code pos} (later bits stay as they are: zero). */
  /** Copies {@code v[0..n)} to {@code b} at {@code pos}, little-endian: one memory copy on little-endian hosts. */
  public static void putLongs(byte[] b, int pos, long[] v, int n) {
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).position(pos).asLongBuffer().put(v, 0, n);
  }

  /** Copies {@code v[0..n)} to {@code b} at {@code pos}, little-endian. */
  public static void putInts(byte[] b, int pos, int[] v, int n) {
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).position(pos).asIntBuffer().put(v, 0, n);
  }

  /** Copies {@code v[0..n)} to {@code b} at {@code pos}, little-endian. */
  public static void putDoubles(byte[] b, int pos, double[] v, int n) {
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).position(pos).asDoubleBuffer().put(v, 0, n);
  }

  public static void setAllValid(byte[] b, int pos, int n) {
    int full = n >>> 3;
    java.util.Arrays.fill(b, pos, pos + full, (byte) 0xFF);
    if ((n & 7) != 0) {
      b[pos + full] = (byte) ((1 << (n & 7)) - 1);
    }
  }

  public static void setBit(byte[] b, int pos, int i) {
    b[pos + (i >>> 3)] |= (byte) (1 << (i & 7));
  }

  /** Bytes of a validity bitmap of {@code n} values. */
  public static int bitmapBytes(int n) {
    return (n + 7) >>> 3;
  }
}
