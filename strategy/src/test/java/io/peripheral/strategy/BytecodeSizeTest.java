package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.compiler.internal.Compiler;
import com.dylibso.chicory.wasm.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

/**
 * Every JVM method Chicory generates from our modules stays well under HotSpot's 8,000-byte huge-method limit
 * (above it a method is never JIT-compiled and runs ~10x slower).
 */
class BytecodeSizeTest {
  static final int LIMIT = 6000;

  /** Methods at or above the limit in the classes Chicory generates for a module. */
  static List<String> oversized(byte[] wasm) {
    Map<String, byte[]> classes = Compiler.builder(Parser.parse(wasm)).build().compile().classBytes();
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      int[] sizes = codeSizes(c.getValue());
      for (int s : sizes) {
        if (s >= LIMIT) {
          out.add(c.getKey() + ": method of " + s + " bytes");
        }
      }
    }
    return out;
  }

  /** Code attribute lengths of every method, read straight from the class file. */
  static int[] codeSizes(byte[] cls) {
    ClassReader r = new ClassReader(cls);
    List<Integer> sizes = new ArrayList<>();
    char[] buf = new char[r.getMaxStringLength()];
    int u = r.header + 6;
    u += 2 + 2 * r.readUnsignedShort(u);
    int fields = r.readUnsignedShort(u);
    u += 2;
    for (int i = 0; i < fields; i++) {
      int attrs = r.readUnsignedShort(u + 6);
      u += 8;
      for (int a = 0; a < attrs; a++) {
        u += 6 + r.readInt(u + 2);
      }
    }
    int methods = r.readUnsignedShort(u);
    u += 2;
    for (int i = 0; i < methods; i++) {
      int attrs = r.readUnsignedShort(u + 6);
      u += 8;
      for (int a = 0; a < attrs; a++) {
        String name = r.readUTF8(u, buf);
        int len = r.readInt(u + 2);
        if ("Code".equals(name)) {
          sizes.add(r.readInt(u + 10));
        }
        u += 6 + len;
      }
    }
    return sizes.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void aVeryLongFunctionIsSplitIntoChunks() {
    String wat = TestBars.compile(ProgramFuzzer.hugeFunction(150)).wat();
    assertThat(wat).contains("$part1").contains("call $__frame_push");
  }

  @Test
  void everyGeneratedMethodOfTheCorpusIsFarBelowTheHugeMethodLimit() throws IOException {
    List<Path> files = new ArrayList<>(GoldenTest.sources(GoldenTest.GOLDEN));
    files.addAll(GoldenTest.sources(Path.of("examples")));
    files.add(Path.of("bench/loop_rsi_atr.py"));
    files.add(Path.of("bench/vector_chain.py"));
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      CompileResult r = StrategyCompiler.compile(Files.readString(f));
      for (String p : oversized(r.strategy().orElseThrow().wasm())) {
        problems.add(f + ": " + p);
      }
    }
    problems.addAll(oversized(TestBars.compile(io.peripheral.strategy.bench.BigStrategyAccess.source()).wasm()));
    problems.addAll(oversized(TestBars.compile(ProgramFuzzer.hugeFunction(150)).wasm()));
    assertThat(problems).isEmpty();
  }
}
