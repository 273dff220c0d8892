package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.List;

/** Python lists of one element type: [len i64][cap i64][data i32], elements as 8-byte bit patterns. */
final class Lists {
  private Lists() {}

  static Ir.Expr toBits(TE v) {
    return switch (v.type().vt()) {
      case F64 -> un("i64.reinterpret_f64", v.ir());
      case I64 -> v.ir();
      case I32 -> un("i64.extend_i32_u", v.ir());
    };
  }

  static TE fromBits(Type t, Ir.Expr bits) {
    return switch (t.vt()) {
      case F64 -> new TE(t, un("f64.reinterpret_i64", bits));
      case I64 -> new TE(t, bits);
      case I32 -> new TE(t, un("i32.wrap_i64", bits));
    };
  }

  static TE literal(FunctionLowerer fl, ListExpr l) {
    List<TE> items = new ArrayList<>();
    Type elem = null;
    for (Expr e : l.elts()) {
      TE v = fl.expr(e);
      Type j = Types.join(elem, v.type());
      if (j == null || (elem != null && !elem.isNumber() && !j.equals(elem))) {
        throw fl.bail(DiagnosticCode.E0202, e.pos(), "list elements must all have one type; found " + elem + " and "
            + v.type());
      }
      elem = j;
      items.add(v);
    }
    int l2 = fl.newLocal(Vt.I32);
    List<Ir.Stmt> s = new ArrayList<>();
    s.add(set(l2, B.call("__list_new", Vt.I32)));
    for (TE v : items) {
      TE cv = new TE(elem, Types.convert(fl, v, elem, l.pos()));
      s.add(doo(B.call("__list_push", null, B.get(l2, Vt.I32), toBits(cv))));
    }
    return new TE(Type.list(elem), seq(s, B.get(l2, Vt.I32)));
  }

  static TE get(FunctionLowerer fl, TE list, TE index, Pos pos) {
    Type elem = list.type().listElem();
    if (elem == null) {
      throw fl.bail(DiagnosticCode.E0201, pos, "indexing an empty list");
    }
    return fromBits(elem, loadI(B.call("__list_addr", Vt.I32, list.ir(), Scalars.toI(index), fl.line(pos))));
  }

  static TE concat(FunctionLowerer fl, TE a, TE b, Pos pos) {
    Type t = Types.join(a.type(), b.type());
    if (t == null) {
      throw fl.bail(DiagnosticCode.E0202, pos, "cannot concatenate " + a.type() + " and " + b.type());
    }
    String f = fl.c.specializePrelude("__list_concat", List.of(t, t));
    return new TE(t, B.call(f, Vt.I32, a.ir(), b.ir()));
  }

  /** np.array(list): numbers to an array (ints stay ints, bools stay bools). */
  static TE toArray(FunctionLowerer fl, TE list, Pos pos) {
    Type elem = list.type().listElem();
    if (elem == null || !elem.isNumber()) {
      throw fl.bail(DiagnosticCode.E0201, pos, "np.array needs a list of numbers, not " + list.type());
    }
    String f = fl.c.specializePrelude("__list_to_array", List.of(list.type()));
    return new TE(Type.array(elem.elemKind()), B.call(f, Vt.I32, list.ir()));
  }

  static TE comprehension(FunctionLowerer fl, ListComp lc) {
    List<Ir.Stmt> out = new ArrayList<>();
    int l = fl.newLocal(Vt.I32);
    out.add(set(l, B.call("__list_new", Vt.I32)));
    Type[] elem = new Type[1];
    fl.forLoop(lc.pos(), lc.target(), lc.iter(), null, body -> {
      List<Ir.Stmt> inner = new ArrayList<>();
      TE v = fl.expr(lc.elt());
      elem[0] = v.type();
      inner.add(doo(B.call("__list_push", null, B.get(l, Vt.I32), toBits(v))));
      for (int i = lc.conds().size() - 1; i >= 0; i--) {
        TE cond = fl.expr(lc.conds().get(i));
        inner = List.of(iff(fl.cond(cond, lc.conds().get(i).pos()), inner));
      }
      body.addAll(inner);
      return null;
    }, out);
    return new TE(Type.list(elem[0]), seq(out, B.get(l, Vt.I32)));
  }
}
