package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.lower.RuntimeFuncs;

/**
 * Python int + and - with the overflow trap, inlined when both operands are locals or constants (so reading them
 * twice is free): loop arithmetic such as {@code i - 1} or {@code n - 1} then needs no call, and the JVM can hoist
 * loop-invariant parts. Other operands go through the runtime's {@code __iadd}/{@code __isub}.
 */
final class CheckedInts {
  private CheckedInts() {}

  /** The inlined checked operation (w is "add" or "sub"), or null when an operand is not a local or constant. */
  static Ir.Expr addSub(String w, Ir.Expr a, Ir.Expr b, Ir.Expr line) {
    if (!pure(a) || !pure(b)) {
      return null;
    }
    Ir.Expr r = bin("i64." + w, a, b);
    Ir.Expr overflow;
    if (b instanceof Ir.Const c) {
      // a + c overflows exactly when a is beyond MAX - c (c > 0) or MIN - c (c < 0); a - c likewise with -c
      long k = c.bits();
      if (k == 0) {
        return a;
      }
      if (w.equals("sub")) {
        if (k == Long.MIN_VALUE) {
          return null;
        }
        k = -k;
      }
      overflow = k > 0 ? bin("i64.gt_s", a, i64(Long.MAX_VALUE - k)) : bin("i64.lt_s", a, i64(Long.MIN_VALUE - k));
    } else if (w.equals("add")) {
      // the sign of the sum differs from the signs of both operands
      overflow = bin("i64.lt_s", bin("i64.and", bin("i64.xor", a, r), bin("i64.xor", b, r)), i64(0));
    } else {
      // operands of different signs and the difference's sign differs from a's
      overflow = bin("i64.lt_s", bin("i64.and", bin("i64.xor", a, b), bin("i64.xor", a, r)), i64(0));
    }
    return new Ir.IfE(overflow, seq(RuntimeFuncs.raise(Layout.E_OVERFLOW, line, i64(0)), i64(0)), r, Vt.I64);
  }

  private static boolean pure(Ir.Expr e) {
    return e instanceof Ir.Get || e instanceof Ir.Const;
  }
}
