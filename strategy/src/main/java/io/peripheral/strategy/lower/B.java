package io.peripheral.strategy.lower;

import io.peripheral.strategy.lower.Ir.*;
import java.util.List;

/** Short constructors for IR, used by the checker and the runtime helper builders. */
public final class B {
  private B() {}

  public static Expr i32(int v) {
    return Const.i32(v);
  }

  public static Expr i64(long v) {
    return Const.i64(v);
  }

  public static Expr f64(double v) {
    return Const.f64(v);
  }

  public static Expr get(int l, Vt t) {
    return new Get(l, t);
  }

  public static Expr bin(String op, Expr a, Expr b) {
    return new Bin(op, resultOf(op), a, b);
  }

  public static Expr un(String op, Expr a) {
    return new Un(op, resultOf(op), a);
  }

  /** Result type from a mnemonic: comparisons give i32, otherwise the prefix type (conversions by their target). */
  public static Vt resultOf(String op) {
    int dot = op.indexOf('.');
    if (isComparison(op.substring(dot + 1))) {
      return Vt.I32;
    }
    return switch (op.substring(0, dot)) {
      case "i32" -> Vt.I32;
      case "i64" -> Vt.I64;
      default -> Vt.F64;
    };
  }

  /** eq, eqz, ne, lt, le, gt, ge, each optionally _s or _u (a regex here was the compiler's hottest line). */
  private static boolean isComparison(String name) {
    String base = name.endsWith("_s") || name.endsWith("_u") ? name.substring(0, name.length() - 2) : name;
    return switch (base) {
      case "eq", "eqz", "ne", "lt", "le", "gt", "ge" -> true;
      default -> false;
    };
  }

  public static Expr call(String f, Vt result, Expr... args) {
    return new Call(f, result, List.of(args));
  }

  public static Expr loadF(Expr addr) {
    return new Load("f64.load", Vt.F64, addr, 0);
  }

  public static Expr loadI(Expr addr) {
    return new Load("i64.load", Vt.I64, addr, 0);
  }

  public static Expr load32(Expr addr, int off) {
    return new Load("i32.load", Vt.I32, addr, off);
  }

  public static Stmt set(int l, Expr v) {
    return new Set(l, v);
  }

  public static Stmt store(Vt t, Expr addr, Expr v) {
    return new Store(t.name().toLowerCase() + ".store", addr, v, 0);
  }

  public static Stmt iff(Expr c, List<Stmt> then) {
    return new If(c, then, List.of());
  }

  public static Stmt iff(Expr c, List<Stmt> then, List<Stmt> orelse) {
    return new If(c, then, orelse);
  }

  public static Stmt doo(Expr e) {
    return new Do(e);
  }

  public static Stmt ret(Expr e) {
    return new Return(e);
  }

  public static Expr seq(List<Stmt> s, Expr v) {
    return new Seq(s, v);
  }

  /** Address of element i (i64, already in range) of the array at ptr (i32). */
  public static Expr elemAddr(Expr ptr, Expr i) {
    return bin("i32.add", bin("i32.add", ptr, i32(8)), bin("i32.shl", un("i32.wrap_i64", i), i32(3)));
  }

  /** Length (i64) of the array at ptr. */
  public static Expr len(Expr ptr) {
    return loadI(ptr);
  }
}
