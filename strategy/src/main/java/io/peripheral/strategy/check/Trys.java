package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.syntax.Node.Handler;
import io.peripheral.strategy.syntax.Node.Try;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * try/except over Python run failures (WebAssembly exception handling: errors throw a tag carrying the error code).
 * Limits (deadline, memory, call depth, log) are not catchable and do not run finally blocks.
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

  /**
   * Lowers t. safe: the optionals known not to be None whenever a handler or finally block starts (those the try
   * never assigns), since a failure may interrupt the body anywhere.
   */
  static void lower(FunctionLowerer fl, Try t, List<Ir.Stmt> out, Set<String> safe) {
    if (t.finalBody().isEmpty()) {
      lowerExcept(fl, t, out, safe);
      return;
    }
    // finally: the body (with its handlers) runs under a catch-all that runs the block and rethrows; completing
    // normally runs it after; return, break and continue inside run it before they jump (FunctionLowerer.unwind)
    List<Ir.Stmt> inner = new ArrayList<>();
    fl.finallies.push(new FunctionLowerer.Finally(t.finalBody(), fl.loops.size()));
    try {
      if (t.handlers().isEmpty()) {
        fl.flowDepth++;
        try {
          inner.addAll(fl.block(t.body()));
        } finally {
          fl.flowDepth--;
        }
      } else {
        lowerExcept(fl, t, inner, safe);
      }
    } finally {
      fl.finallies.pop();
    }
    int code = fl.newLocal(Vt.I32);
    fl.flowDepth++;
    try {
      fl.notNone = new HashSet<>(safe);
      List<Ir.Stmt> onError = new ArrayList<>(fl.block(t.finalBody()));
      onError.add(new Ir.Throw(get(code, Vt.I32)));
      fl.notNone = new HashSet<>(safe);
      out.add(new Ir.TryCatch(inner, code, onError, fl.block(t.finalBody())));
    } finally {
      fl.flowDepth--;
    }
  }

  private static void lowerExcept(FunctionLowerer fl, Try t, List<Ir.Stmt> out, Set<String> safe) {
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
        fl.notNone = new HashSet<>(safe);
        List<Ir.Stmt> handlerBody = fl.block(h.body());
        dispatch = match == null ? dispatch : List.of(iff(match, handlerBody, dispatch));
      }
      out.add(new Ir.TryCatch(body, code, new ArrayList<>(dispatch), orelse));
    } finally {
      fl.flowDepth--;
    }
  }
}
