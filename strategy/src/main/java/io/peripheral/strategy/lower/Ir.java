package io.peripheral.strategy.lower;

import java.util.List;

/**
 * The intermediate representation: a typed tree of WebAssembly-level values (i32, i64, f64) with structured control
 * flow. The checker lowers the syntax tree to this; the emitter encodes it.
 */
public final class Ir {
  private Ir() {}

  /** WebAssembly value types used by the compiler. */
  public enum Vt {
    I32,
    I64,
    F64
  }

  /** Value-producing expressions; {@code type()} is null for calls without a result. */
  public sealed interface Expr permits Const, Get, GGet, Bin, Un, Call, Load, IfE, Seq, Tee {
    Vt type();
  }

  /** A constant; f64 values are stored as raw bits. */
  public record Const(Vt type, long bits) implements Expr {
    public static Const i32(int v) {
      return new Const(Vt.I32, v);
    }

    public static Const i64(long v) {
      return new Const(Vt.I64, v);
    }

    public static Const f64(double v) {
      return new Const(Vt.F64, Double.doubleToRawLongBits(v));
    }
  }

  public record Get(int local, Vt type) implements Expr {}

  public record GGet(int global, Vt type) implements Expr {}

  /** A binary instruction such as {@code i64.add}; type is its result type. */
  public record Bin(String op, Vt type, Expr a, Expr b) implements Expr {}

  /** A unary instruction or conversion such as {@code f64.sqrt} or {@code f64.convert_i64_s}. */
  public record Un(String op, Vt type, Expr a) implements Expr {}

  public record Call(String func, Vt type, List<Expr> args) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** A memory load such as {@code f64.load} at addr + offset. */
  public record Load(String op, Vt type, Expr addr, int offset) implements Expr {}

  public record IfE(Expr cond, Expr then, Expr orelse, Vt type) implements Expr {}

  /** Runs statements, then yields value. */
  public record Seq(List<Stmt> stmts, Expr value) implements Expr {
    public Seq {
      stmts = List.copyOf(stmts);
    }

    @Override
    public Vt type() {
      return value.type();
    }
  }

  public record Tee(int local, Expr value, Vt type) implements Expr {}

  /** Statements. */
  public sealed interface Stmt permits Set, GSet, Store, Do, If, Loop, Break, Continue, Return, Trap, Throw, TryCatch {}

  public record Set(int local, Expr value) implements Stmt {}

  public record GSet(int global, Expr value) implements Stmt {}

  public record Store(String op, Expr addr, Expr value, int offset) implements Stmt {}

  /** Evaluates an expression for effect, dropping any result. */
  public record Do(Expr expr) implements Stmt {}

  public record If(Expr cond, List<Stmt> then, List<Stmt> orelse) implements Stmt {
    public If {
      then = List.copyOf(then);
      orelse = List.copyOf(orelse);
    }
  }

  /**
   * A loop: body runs repeatedly; {@link Continue} jumps to step, {@link Break} leaves. The body decides when to
   * stop by breaking.
   */
  public record Loop(int id, List<Stmt> body, List<Stmt> step) implements Stmt {
    public Loop {
      body = List.copyOf(body);
      step = List.copyOf(step);
    }
  }

  public record Break(int loop) implements Stmt {}

  public record Continue(int loop) implements Stmt {}

  /** Returns; value is null in void functions. */
  public record Return(Expr value) implements Stmt {}

  public record Trap() implements Stmt {}

  /** Throws the module's Python-error tag with an error code (catchable by {@link TryCatch}). */
  public record Throw(Expr code) implements Stmt {}

  /**
   * Runs body; when it throws a Python error, the code is stored in local codeLocal and handler runs; orelse runs when
   * body completed normally.
   */
  public record TryCatch(List<Stmt> body, int codeLocal, List<Stmt> handler, List<Stmt> orelse) implements Stmt {
    public TryCatch {
      body = List.copyOf(body);
      handler = List.copyOf(handler);
      orelse = List.copyOf(orelse);
    }
  }

  /** A function: parameter types, local types (after parameters), result type (null for none). */
  public record Func(String name, List<Vt> params, Vt result, List<Vt> locals, List<Stmt> body, String export) {
    public Func {
      params = List.copyOf(params);
      locals = List.copyOf(locals);
      body = List.copyOf(body);
    }
  }

  /** A whole module: functions, initial data, the first free heap address and global initial values. */
  public record Module(List<Func> funcs, byte[] data, int dataOffset, int heapStart, List<Long> globals) {
    public Module {
      funcs = List.copyOf(funcs);
      globals = List.copyOf(globals);
    }
  }
}
