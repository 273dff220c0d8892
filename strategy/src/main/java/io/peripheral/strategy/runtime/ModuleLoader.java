package io.peripheral.strategy.runtime;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.util.function.Function;

/**
 * Parses a module, refuses any module with imports (defence in depth: the compiler never emits one), and compiles
 * it to JVM bytecode with Chicory's compiler, never falling back to the interpreter.
 */
public final class ModuleLoader {
  /** A parsed, checked and compiled module, ready to instantiate many times. */
  public record Loaded(WasmModule module, Function<Instance, Machine> machines) {}

  private ModuleLoader() {}

  public static Loaded load(byte[] wasm) {
    WasmModule module = Parser.parse(wasm);
    int imports = module.importSection().importCount();
    if (imports > 0) {
      throw new ModuleRejectedException("module rejected: it has " + imports + " import(s) ("
          + module.importSection().getImport(0).module() + "." + module.importSection().getImport(0).name()
          + "); strategy modules must not import anything");
    }
    Function<Instance, Machine> machines = MachineFactoryCompiler.builder(module)
        .withInterpreterFallback(InterpreterFallback.FAIL)
        .compile();
    return new Loaded(module, machines);
  }
}
