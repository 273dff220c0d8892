package io.peripheral.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class Lz4NativeTest {
  /**
   * The situation of a Quarkus application: lz4-java loaded by a class loader other than the system one. Without
   * {@link Lz4Native#load} lz4-java picks its pure-Java compressor there; with it, the native one.
   */
  @Test
  void kafkasLz4UsesTheNativeLibraryOutsideTheSystemClassLoader() throws Exception {
    URL lz4Jar = net.jpountz.lz4.LZ4Factory.class.getProtectionDomain().getCodeSource().getLocation();
    URL ours = Lz4Native.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader isolated = new URLClassLoader(new URL[] {lz4Jar, ours}, null)) {
      Class<?> factory = isolated.loadClass("net.jpountz.lz4.LZ4Factory");
      Object before = factory.getMethod("fastestInstance").invoke(null);
      assertThat(before.toString()).as("lz4-java outside the system class loader").doesNotContain("JNI");

      isolated.loadClass(Lz4Native.class.getName()).getMethod("load").invoke(null);
      Object after = factory.getMethod("fastestInstance").invoke(null);
      assertThat(after.toString()).isEqualTo("LZ4Factory:JNI");
    }
  }
}
