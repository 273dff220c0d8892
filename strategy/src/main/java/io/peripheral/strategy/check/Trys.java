package io.peripheral.strategy.check;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.syntax.Node.Try;
import java.util.List;

/** try/except: not supported yet; reported so nothing silently differs from Python. */
final class Trys {
  private Trys() {}

  static void lower(FunctionLowerer fl, Try t, List<Ir.Stmt> out) {
    throw fl.bail(DiagnosticCode.E0110, t.pos(), "try/except is not supported yet; check values before dividing"
        + " or indexing");
  }
}
