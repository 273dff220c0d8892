package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.List;

/** What for loops can iterate: range, arrays, Series, lists, enumerate and zip of those. */
final class Loops {
  private Loops() {}

  static boolean isBarLoop(Expr iter) {
    if (iter instanceof Call c && c.func() instanceof Name n && n.id().equals("range")) {
      for (Expr a : c.args()) {
        Expr x = a instanceof BinOp b ? b.left() : a;
        if (x instanceof Call lc && lc.func() instanceof Name ln && ln.id().equals("len")) {
          return true;
        }
      }
    }
    return false;
  }

  static FunctionLowerer.Seq sequence(FunctionLowerer fl, Expr target, Expr iter) {
    if (iter instanceof Call c && c.func() instanceof Name n && fl.readVar(n) == null) {
      switch (n.id()) {
        case "range" -> {
          return range(fl, c);
        }
        case "enumerate", "zip" -> {
          List<FunctionLowerer.Seq> parts = new ArrayList<>();
          List<Ir.Stmt> setup = new ArrayList<>();
          if (n.id().equals("enumerate")) {
            if (c.args().size() != 1) {
              throw fl.bail(DiagnosticCode.E0203, c.pos(), "enumerate takes one sequence");
            }
            parts.add(new FunctionLowerer.Seq(List.of(), null, k -> new TE(Type.INT, k)));
          }
          Ir.Expr length = null;
          for (Expr a : c.args()) {
            FunctionLowerer.Seq s = sequence(fl, null, a);
            setup.addAll(s.setup());
            parts.add(s);
            int l = fl.newLocal(Vt.I64);
            setup.add(set(l, s.length()));
            length = length == null ? B.get(l, Vt.I64)
                : new Ir.IfE(bin("i64.lt_s", length, B.get(l, Vt.I64)), length, B.get(l, Vt.I64), Vt.I64);
          }
          if (length == null) {
            throw fl.bail(DiagnosticCode.E0203, c.pos(), "zip needs at least one sequence");
          }
          int l = fl.newLocal(Vt.I64);
          setup.add(set(l, length));
          if (!(target instanceof TupleExpr t && t.elts().size() == parts.size()) && target != null) {
            throw fl.bail(DiagnosticCode.E0201, c.pos(), "unpack " + n.id() + "(...) into " + parts.size()
                + " names");
          }
          return new FunctionLowerer.Seq(setup, B.get(l, Vt.I64), null, k -> {
            List<TE> items = new ArrayList<>();
            for (FunctionLowerer.Seq p : parts) {
              items.add(p.element().apply(k));
            }
            return items;
          });
        }
        default -> {}
      }
    }
    TE v = fl.expr(iter);
    List<Ir.Stmt> setup = new ArrayList<>();
    TE tmp = fl.temp(v, setup);
    Type t = v.type();
    if (t.isVector()) {
      return new FunctionLowerer.Seq(setup, len(tmp.ir()), k -> Vectors.load(t.elem(), tmp.ir(), k));
    }
    if (t.k() == K.LIST && t.listElem() != null) {
      return new FunctionLowerer.Seq(setup, len(tmp.ir()),
          k -> Lists.fromBits(t.listElem(), loadI(B.call("__list_addr", Vt.I32, tmp.ir(), k, i32(0)))));
    }
    throw fl.bail(DiagnosticCode.E0204, iter.pos(), "cannot iterate over " + t + "; loop over range(len(...)),"
        + " an array, a Series or a list");
  }

  private static FunctionLowerer.Seq range(FunctionLowerer fl, Call c) {
    List<TE> args = new ArrayList<>();
    for (Expr a : c.args()) {
      TE v = fl.expr(a);
      if (!(v.type().isInt() || v.type().k() == K.BOOL)) {
        throw fl.bail(DiagnosticCode.E0201, a.pos(), "range arguments must be integers, not " + v.type());
      }
      args.add(new TE(Type.INT, Scalars.toI(v)));
    }
    if (args.isEmpty() || args.size() > 3) {
      throw fl.bail(DiagnosticCode.E0203, c.pos(), "range takes 1 to 3 arguments");
    }
    List<Ir.Stmt> setup = new ArrayList<>();
    TE start = args.size() == 1 ? new TE(Type.INT, i64(0)) : fl.temp(args.get(0), setup);
    TE stop = fl.temp(args.size() == 1 ? args.get(0) : args.get(1), setup);
    if (args.size() < 3) {
      Ir.Expr length = bin("i64.sub", stop.ir(), start.ir());
      int l = fl.newLocal(Vt.I64);
      setup.add(set(l, new Ir.IfE(bin("i64.lt_s", length, i64(0)), i64(0), length, Vt.I64)));
      return new FunctionLowerer.Seq(setup, B.get(l, Vt.I64),
          k -> new TE(Type.INT, args.size() == 1 ? k : bin("i64.add", start.ir(), k)));
    }
    TE step = fl.temp(args.get(2), setup);
    String f = fl.c.specializePrelude("__range_len", List.of(Type.INT, Type.INT, Type.INT));
    return new FunctionLowerer.Seq(setup, B.call(f, Vt.I64, start.ir(), stop.ir(), step.ir()),
        k -> new TE(Type.INT, bin("i64.add", start.ir(), bin("i64.mul", k, step.ir()))));
  }

}
