package io.peripheral.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peripheral.strategy.runtime.Failure;
import io.peripheral.strategy.runtime.ModuleLoader;
import io.peripheral.strategy.runtime.ModuleRejectedException;
import io.peripheral.strategy.runtime.Output;
import io.peripheral.strategy.runtime.RunResult;
import io.peripheral.strategy.runtime.StrategyHost;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sandbox: every limit gives its typed failure, every unsafe construct is refused, and the host stays usable. */
class SandboxTest {
  static final StrategyHost HOST = StrategyHost.builder()
      .withDeadline(Duration.ofSeconds(20))
      .withMemoryLimitBytes(64L * 1024 * 1024)
      .build();
  static final StrategyHost FAST_DEADLINE = StrategyHost.builder().withDeadline(Duration.ofSeconds(1)).build();
  static final String HEALTHY = "import numpy as np\ndef generate_signals(df):\n    return np.zeros(len(df))\n";

  @AfterAll
  static void close() {
    HOST.close();
    FAST_DEADLINE.close();
  }

  static RunResult run(String src) {
    return HOST.run(TestBars.compile(src), TestBars.ramp(50), "generate_signals", Map.of());
  }

  static void assertNextRunSucceeds() {
    RunResult ok = run(HEALTHY);
    assertThat(ok.failure()).isEmpty();
    assertThat(ok.output()).containsInstanceOf(Output.Signals.class);
  }

  @Test
  void infiniteLoopIsStoppedAtTheDeadline() {
    CompiledStrategy s = TestBars.compile("import numpy as np\ndef generate_signals(df):\n    x = 0\n"
        + "    while True:\n        x = x + 1\n    return np.zeros(len(df))\n");
    RunResult r = FAST_DEADLINE.run(s, TestBars.ramp(50), "generate_signals", Map.of());
    assertThat(r.failure()).get().isInstanceOf(Failure.DeadlineExceeded.class);
    assertThat(r.failure().get().message()).isEqualTo("deadline exceeded after 1 s");
    RunResult next = FAST_DEADLINE.run(TestBars.compile(HEALTHY), TestBars.ramp(50), "generate_signals", Map.of());
    assertThat(next.failure()).isEmpty();
  }

  @Test
  void memoryBombHitsTheMemoryLimit() {
    RunResult r = run("import numpy as np\ndef generate_signals(df):\n    keep = []\n    while True:\n"
        + "        keep.append(np.zeros(1000000))\n    return np.zeros(len(df))\n");
    assertThat(r.failure()).get().isInstanceOf(Failure.MemoryLimitExceeded.class);
    assertThat(r.failure().get().message()).isEqualTo("memory limit 64 MiB exceeded");
    assertNextRunSucceeds();
  }

  @Test
  void hugeAllocationHitsTheMemoryLimit() {
    RunResult r = run("import numpy as np\ndef generate_signals(df):\n    x = np.zeros(10 ** 9)\n"
        + "    return x[:len(df)]\n");
    assertThat(r.failure()).get().isInstanceOf(Failure.MemoryLimitExceeded.class);
    assertNextRunSucceeds();
  }

  @Test
  void unboundedRecursionHitsTheCallDepthLimit() {
    RunResult r = run("import numpy as np\ndef down(n):\n    if n < 0:\n        return 0\n    return down(n + 1) + 1\n\ndef generate_signals(df):\n"
        + "    k = down(0)\n    return np.zeros(len(df))\n");
    assertThat(r.failure()).get().isInstanceOf(Failure.CallDepthExceeded.class);
    assertThat(r.failure().get().message()).isEqualTo("call depth 10000 exceeded (RecursionError) at line 2");
    assertNextRunSucceeds();
  }

  @Test
  void printFloodHitsTheLogLimit() {
    RunResult r = run("import numpy as np\ndef generate_signals(df):\n    for i in range(100000):\n"
        + "        print('line', i)\n    return np.zeros(len(df))\n");
    assertThat(r.failure()).get().isInstanceOf(Failure.LogLimitExceeded.class);
    assertThat(r.failure().get().message()).isEqualTo("log limit 64 KiB exceeded");
    assertNextRunSucceeds();
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("import os", DiagnosticCode.E0102, "import of 'os' is not allowed"),
        Arguments.of("import subprocess as sp", DiagnosticCode.E0102, "import of 'subprocess' is not allowed"),
        Arguments.of("def generate_signals(df):\n    open('x')", DiagnosticCode.E0103, "'open' is not allowed"),
        Arguments.of("def generate_signals(df):\n    eval('1')", DiagnosticCode.E0103, "'eval' is not allowed"),
        Arguments.of("def generate_signals(df):\n    exec('1')", DiagnosticCode.E0103, "'exec' is not allowed"),
        Arguments.of("def generate_signals(df):\n    compile('1', 'f', 'eval')", DiagnosticCode.E0103,
            "'compile' is not allowed"),
        Arguments.of("def generate_signals(df):\n    __import__('os')", DiagnosticCode.E0103,
            "'__import__' is not allowed"),
        Arguments.of("def generate_signals(df):\n    getattr(df, 'x')", DiagnosticCode.E0103,
            "'getattr' is not allowed"),
        Arguments.of("def generate_signals(df):\n    setattr(df, 'x', 1)", DiagnosticCode.E0103,
            "'setattr' is not allowed"),
        Arguments.of("def generate_signals(df):\n    return df.__class__", DiagnosticCode.E0105,
            "dunder attributes"),
        Arguments.of("x = 0\ndef generate_signals(df):\n    global x", DiagnosticCode.E0106,
            "'global' is not supported"),
        Arguments.of("def generate_signals(df):\n    y = 1\n    nonlocal y", DiagnosticCode.E0106,
            "'nonlocal' is not supported"),
        Arguments.of("class S:\n    pass", DiagnosticCode.E0107, "classes are not supported"),
        Arguments.of("def g():\n    yield 1", DiagnosticCode.E0108, "generators and async code"),
        Arguments.of("async def g():\n    return 1", DiagnosticCode.E0108, "async code is not supported"),
        Arguments.of("def generate_signals(df, *args):\n    return 1", DiagnosticCode.E0109, "star parameters"),
        Arguments.of("def f(a, b):\n    return a\ndef generate_signals(df):\n    t = (1, 2)\n    return f(*t)",
            DiagnosticCode.E0109, "star arguments"),
        Arguments.of("def generate_signals(df):\n    return [1, 'a']", DiagnosticCode.E0202,
            "list elements must all have one type"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void unsafeConstructIsRejectedAtCompileTime(String src, DiagnosticCode code, String message) {
    CompileResult r = StrategyCompiler.compile(src + "\n");
    assertThat(r.ok()).isFalse();
    assertThat(r.errors()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(code);
      assertThat(d.message()).contains(message);
    });
  }

  /** A minimal module importing env.f: () -> (), written byte by byte. */
  static final byte[] MODULE_WITH_IMPORT = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
    0x02, 0x09, 0x01, 0x03, 'e', 'n', 'v', 0x01, 'f', 0x00, 0x00
  };

  @Test
  void loaderRefusesAModuleWithAnImport() {
    assertThatThrownBy(() -> ModuleLoader.load(MODULE_WITH_IMPORT))
        .isInstanceOf(ModuleRejectedException.class)
        .hasMessage("module rejected: it has 1 import(s) (env.f); strategy modules must not import anything");
    assertNextRunSucceeds();
  }

  @Test
  void compiledModulesHaveNoImports() {
    CompiledStrategy s = TestBars.compile(HEALTHY);
    assertThat(ModuleLoader.load(s.wasm()).module().importSection().importCount()).isZero();
  }
}
