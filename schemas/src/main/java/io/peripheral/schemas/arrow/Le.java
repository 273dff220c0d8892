package io.peripheral.schemas.arrow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
