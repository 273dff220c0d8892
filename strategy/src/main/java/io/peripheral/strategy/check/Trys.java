package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.syntax.Node.Handler;
import io.peripheral.strategy.syntax.Node.Try;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * try/except over Python run failures (WebAssembly exception handling: errors throw a tag carrying the error code).
 * Limits (deadline, memory, call depth, log) are not catchable. finally is not supported.
 */
final class Trys {
  private Trys() {}

  /** Error codes each catchable exception name covers. */
  static final Map<String, List<Integer>> CODES = Map.of(
      "Exception", List.of(Layout.E_ZERO_DIV, Layout.E_INDEX, Layout.E_VALUE, Layout.E_OVERFLOW, Layout.E_KEY,
          Layout.E_BROADCAST, Layout.E_DOMAIN),
      "ArithmeticError", List.of(Layout.E_ZERO_DIV, Layout.E_OVERFLOW),
      "ZeroDivisionError", List.of(Layout.E_ZERO_DIV),
      "IndexError", List.of(Layout.E_INDEX),
      "LookupError", List.of(Layout.E_INDEX, Layout.E_KEY),
      "KeyError", List.of(Layout.E_KEY),
      "ValueError", List.of(Layout.E_VALUE, Layout.E_BROADCAST, Layout.E_DOMAIN),
      "OverflowError", List.of(Layout.E_OVERFLOW),
      "FloatingPointError", List.of());

  static void lower(FunctionLowerer fl, Try t, List<Ir.Stmt> out) {
    if (!t.finalBody().isEmpty()) {
      throw fl.bail(DiagnosticCode.E0110, t.pos(), "try/finally is not supported; use try/except");
    }
    int code = fl.newLocal(Vt.I32);
    fl.flowDepth++;
    try {
      List<Ir.Stmt> body = fl.block(t.body());
      List<Ir.Stmt> orelse = fl.block(t.orelse());
      // dispatch: the first handler whose types cover the code runs; otherwise rethrow
      List<Ir.Stmt> dispatch = List.of(new Ir.Throw(get(code, Vt.I32)));
      for (int i = t.handlers().size() - 1; i >= 0; i--) {
        Handler h = t.handlers().get(i);
        Ir.Expr match = null;
        List<String> types = h.types().isEmpty() ? List.of("Exception") : h.types();
        for (String type : types) {
          String simple = type.contains(".") ? type.substring(type.lastIndexOf('.') + 1) : type;
          List<Integer> codes = CODES.get(simple);
          if (codes == null) {
            throw fl.bail(DiagnosticCode.E0110, h.pos(), "except " + type + " is not supported; catch Exception,"
                + " ZeroDivisionError, IndexError, KeyError, ValueError, OverflowError or FloatingPointError");
          }
          for (int c : codes) {
            Ir.Expr eq = bin("i32.eq", get(code, Vt.I32), i32(c));
            match = match == null ? eq : bin("i32.or", match, eq);
          }
        }
        List<Ir.Stmt> handlerBody = fl.block(h.body());
        dispatch = match == null ? dispatch : List.of(iff(match, handlerBody, dispatch));
      }
      out.add(new Ir.TryCatch(body, code, new ArrayList<>(dispatch), orelse));
    } finally {
      fl.flowDepth--;
    }
  }
}
