package io.peripheral.strategy;

import io.peripheral.strategy.check.Checker;
import io.peripheral.strategy.emit.WasmWriter;
import io.peripheral.strategy.lower.Ir;
import java.util.List;
import java.util.Optional;

/**
 * A compiled strategy: the WebAssembly module (no imports), its entry points and tunable parameters, the column
 * names it knows, and the SHA-256 key of (source, compiler version) used for caching.
 */
public final class CompiledStrategy {
  private final String key;
  private final byte[] wasm;
  private final Ir.Module module;
  private final List<Checker.Entry> entries;
  private final List<String> columns;
  private final List<String> strings;
  private final List<Diagnostic> warnings;
  private final java.util.Set<String> usedColumns;

  CompiledStrategy(String key, byte[] wasm, Ir.Module module, List<Checker.Entry> entries, List<String> columns,
      List<String> strings, List<Diagnostic> warnings, java.util.Set<String> usedColumns) {
    this.usedColumns = java.util.Set.copyOf(usedColumns);
    this.key = key;
    this.wasm = wasm.clone();
    this.module = module;
    this.entries = List.copyOf(entries);
    this.columns = List.copyOf(columns);
    this.strings = List.copyOf(strings);
    this.warnings = List.copyOf(warnings);
  }

  /** SHA-256 hex of the source and the compiler version. */
  public String key() {
    return key;
  }

  public byte[] wasm() {
    return wasm.clone();
  }

  /** The module as WebAssembly text, for debugging. */
  public String wat() {
    return WasmWriter.toWat(module);
  }

  public List<Checker.Entry> entries() {
    return entries;
  }

  public Optional<Checker.Entry> entry(String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** Column names with a slot in the module's DataFrame table, in slot order. */
  public List<String> columns() {
    return columns;
  }

  /** String constants, by id (print output and result keys). */
  public List<String> strings() {
    return strings;
  }

  /** Columns the strategy reads; the host writes only these. */
  public java.util.Set<String> usedColumns() {
    return usedColumns;
  }

  public List<Diagnostic> warnings() {
    return warnings;
  }
}
