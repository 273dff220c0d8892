package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.syntax.Node.*;
import java.util.List;

/** Assignments to subscripts: array elements, slices, masks, DataFrame columns, dict keys, list items. */
final class Stores {
  private Stores() {}

  static void subscript(FunctionLowerer fl, Subscript s, TE v, List<Ir.Stmt> out) {
    SliceWrites.checkStore(fl, s.value(), s.pos());
    if (s.value() instanceof Attribute at && at.attr().equals("loc")) {
      s = Locs.store(fl, at, s);
    }
    Expr baseExpr = s.value();
    if (baseExpr instanceof Attribute at && at.attr().equals("iloc")) {
      baseExpr = at.value();
    }
    TE base = fl.expr(baseExpr);
    Type bt = base.type();
    if (bt.k() == K.DF) {
      String col = Exprs.constString(fl, s.index());
      Frames.setColumn(fl, base, col, v, s.pos(), out);
      return;
    }
    if (bt.k() == K.DICT) {
      String key = Exprs.constString(fl, s.index());
      if (!v.type().isNumber()) {
        throw fl.bail(DiagnosticCode.E0202, s.pos(), "dict values must be numbers or booleans, not " + v.type());
      }
      out.add(doo(B.call("__dict_set", null, base.ir(), Dicts.key(fl, key, v.type()),
          un("i64.reinterpret_f64", Scalars.toF(v)))));
      return;
    }
    if (bt.k() == K.LIST) {
      TE idx = fl.expr(s.index());
      Type elem = bt.listElem();
      out.add(store(Vt.I64, B.call("__list_addr", Vt.I32, base.ir(), Scalars.toI(idx), fl.line(s.pos())),
          Lists.toBits(new TE(elem, Types.convert(fl, v, elem, s.pos())))));
      return;
    }
    if (!bt.isVector()) {
      throw fl.bail(DiagnosticCode.E0204, s.pos(), "cannot assign items of " + bt);
    }
    if (s.index() instanceof Slice sl) {
      List<TE> args = Exprs.sliceArgs(fl, base, sl);
      String name = v.type().isVector() ? "__setslice_array" : "__setslice_scalar";
      args.add(v.type().isVector() ? v : new TE(Type.scalarOf(bt.elem()), Scalars.coerce(v,
          Type.scalarOf(bt.elem()))));
      out.add(doo(fl.c.callPrelude(fl, name, args, s.pos()).ir()));
      return;
    }
    TE idx = fl.expr(s.index());
    if (idx.type().isVector()) {
      String kind = idx.type().elem() == K.BOOL ? "mask" : "take";
      String name = "__set" + kind + (v.type().isVector() ? "_array" : "_scalar");
      TE val = v.type().isVector() ? v : new TE(Type.scalarOf(bt.elem()), Scalars.coerce(v,
          Type.scalarOf(bt.elem())));
      out.add(doo(fl.c.callPrelude(fl, name, List.of(base, idx, val), s.pos()).ir()));
      return;
    }
    if (!(idx.type().isInt() || idx.type().k() == K.BOOL)) {
      throw fl.bail(DiagnosticCode.E0201, s.index().pos(), "array indices must be integers, not " + idx.type());
    }
    if (!v.type().isNumber()) {
      throw fl.bail(DiagnosticCode.E0201, s.pos(), "cannot store " + v.type() + " into an array element");
    }
    Exprs.lookAhead(fl, s.index());
    out.add(Vectors.store(bt.elem(), Elements.addr(fl, base.ir(), Scalars.toI(idx), fl.line(s.pos())), v));
  }
}
