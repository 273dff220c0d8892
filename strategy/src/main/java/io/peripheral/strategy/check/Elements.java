package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import java.util.ArrayList;
import java.util.List;

/**
 * Checked element addresses, inlined. An index in range is the common case and costs one unsigned comparison with the
 * length (a negative index compares as huge); only negative or out-of-range indices call the runtime's {@code __idx},
 * which counts negatives from the end or raises IndexError. A call in a hot loop costs more than the call itself:
 * Chicory checks for thread interruption before every call.
 */
final class Elements {
  private Elements() {}

  /** Address (i32) of element idx (i64) of the array at base (i32); line is the i32 source line for IndexError. */
  static Ir.Expr addr(FunctionLowerer fl, Ir.Expr base, Ir.Expr idx, Ir.Expr line) {
    List<Ir.Stmt> pre = new ArrayList<>();
    Ir.Expr p = cheap(fl, base, Vt.I32, pre);
    Ir.Expr k = cheap(fl, idx, Vt.I64, pre);
    Integer hoisted = p instanceof Ir.Get g ? fl.hoistedLen.get(g.local()) : null;
    Ir.Expr length = hoisted != null ? get(hoisted, Vt.I64) : len(p);
    Ir.Expr checked = new Ir.IfE(bin("i64.lt_u", k, length), elemAddr(p, k), call("__idx", Vt.I32, p, k, line),
        Vt.I32);
    return pre.isEmpty() ? checked : seq(pre, checked);
  }

  /** e itself when reading it twice is free and has no effect (a local or a constant), else a fresh local. */
  private static Ir.Expr cheap(FunctionLowerer fl, Ir.Expr e, Vt t, List<Ir.Stmt> pre) {
    if (e instanceof Ir.Get || e instanceof Ir.Const) {
      return e;
    }
    int l = fl.newLocal(t);
    pre.add(set(l, e));
    return get(l, t);
  }
}
