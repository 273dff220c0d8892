package io.peripheral.strategy;

import io.peripheral.strategy.check.Checker;
import io.peripheral.strategy.emit.WasmWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Compiles strategy source to a WebAssembly module. Entry point: {@link #compile(String)}. */
public final class StrategyCompiler {
  /** Bumped whenever generated code changes; part of the cache key. */
  public static final String VERSION = "0.1.0-3";

  private StrategyCompiler() {}

  public static CompileResult compile(String source) {
    Checker.Result r;
    try {
      r = checkFused(source);
    } catch (RuntimeException e) {
      throw new StrategyCompileException("internal compiler error: " + e, e);
    }
    if (r.module() == null) {
      return new CompileResult(r.diagnostics(), Optional.empty());
    }
    io.peripheral.strategy.lower.IrVerifier.verify(r.module());
    byte[] wasm = WasmWriter.encode(r.module());
    List<Diagnostic> warnings = r.diagnostics().stream().filter(d -> !d.isError()).toList();
    CompiledStrategy s = new CompiledStrategy(key(source), wasm, r.module(), r.entries(), r.columns(), r.strings(),
        warnings, r.usedColumns());
    return new CompileResult(r.diagnostics(), Optional.of(s));
  }

  /**
   * Compiles with statements fused (see StatementFusion); when that reports an error, or fails inside, compiles the
   * source as written, so diagnostics always speak of what the user wrote.
   */
  private static Checker.Result checkFused(String source) {
    try {
      Checker.Result fused = Checker.check(source, true);
      if (fused.diagnostics().stream().noneMatch(Diagnostic::isError)) {
        return fused;
      }
    } catch (RuntimeException e) {
      // the rewrite met something it should not have: the source as written decides
    }
    return Checker.check(source, false);
  }

  /** SHA-256 of (source, compiler version), hex. */
  public static String key(String source) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(VERSION.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
