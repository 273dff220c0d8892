package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.syntax.Node.Pos;
import java.util.ArrayList;
import java.util.List;

/** How an entry point's return value is written to the result area for the host. */
final class Results {
  private Results() {}

  static void store(FunctionLowerer fl, TE v, Pos pos, List<Ir.Stmt> out) {
    String entry = fl.spec.def.name();
    Type t = v.type();
    if (t.k() == K.LIST && t.listElem() != null && t.listElem().isNumber()) {
      v = Lists.toArray(fl, v, pos);
      t = v.type();
    }
    if (entry.equals("generate_signals")) {
      if (!t.isVector()) {
        throw fl.bail(DiagnosticCode.E0209, pos, "generate_signals must return an array or Series with one"
            + " position per bar, not " + t);
      }
      int kind = t.elem() == K.FLOAT ? Layout.R_FARRAY : t.elem() == K.INT ? Layout.R_IARRAY : Layout.R_BARRAY;
      out.add(kind(kind));
      out.add(new Ir.Store("i32.store", i32(Layout.RES_VALUE), v.ir(), 0));
      return;
    }
    if (t.k() == K.OPTIONAL) {
      // a helper's None passed through: not selected, as a bare return None
      TE tmp = fl.temp(v, out);
      List<Ir.Stmt> some = new ArrayList<>();
      store(fl, Optionals.narrow(tmp), pos, some);
      out.add(iff(Optionals.isNone(tmp.ir(), t.valueType()), List.of(kind(Layout.R_NONE)), some));
      return;
    }
    switch (t.k()) {
      case NONE -> {
        out.add(doo(v.ir()));
        out.add(kind(Layout.R_NONE));
      }
      case FLOAT, NPFLOAT -> {
        out.add(kind(Layout.R_FLOAT));
        out.add(new Ir.Store("f64.store", i32(Layout.RES_VALUE), v.ir(), 0));
      }
      case INT, NPINT, BOOL -> {
        out.add(kind(t.k() == K.BOOL ? Layout.R_BOOL : Layout.R_INT));
        out.add(new Ir.Store("i64.store", i32(Layout.RES_VALUE), Scalars.toI(v), 0));
      }
      case DICT -> {
        out.add(kind(Layout.R_DICT));
        out.add(new Ir.Store("i32.store", i32(Layout.RES_VALUE), v.ir(), 0));
      }
      default -> throw fl.bail(DiagnosticCode.E0209, pos, "screen must return None, a number or a dict with a"
          + " 'score', not " + t);
    }
  }

  private static Ir.Stmt kind(int k) {
    return new Ir.Store("i32.store", i32(Layout.RES_KIND), i32(k), 0);
  }
}
