package io.peripheral.schemas.topic;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes Kafka's lz4 codec use lz4-java's native library. lz4-java only tries its JNI build when it was loaded by
 * the system class loader; in a Quarkus application (its own class loader) it silently falls back to the pure-Java
 * "safe" compressor, which cost the feed more than half of its sending thread. Loading the library explicitly
 * first lifts that restriction. Called wherever a Kafka client is configured; idempotent and cheap.
 */
public final class Lz4Native {
  private static final Logger LOG = Logger.getLogger(Lz4Native.class.getName());
  private static volatile boolean tried;

  private Lz4Native() {}

  /** Loads the native lz4 library if this platform has one; otherwise lz4 stays pure Java (slower, correct). */
  public static void load() {
    if (tried) {
      return;
    }
    synchronized (Lz4Native.class) {
      if (tried) {
        return;
      }
      tried = true;
      try {
        net.jpountz.util.Native.load();
      } catch (Throwable t) { // no library for this platform, or no temp directory to extract it to
        LOG.log(Level.INFO, "lz4 runs without its native library (pure Java): " + t);
      }
    }
  }

  /** True when Kafka's lz4 codec will use the native library. */
  public static boolean isNative() {
    return net.jpountz.util.Native.isLoaded();
  }
}
