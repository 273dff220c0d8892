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
import java.util.Map;

/** Series.rolling(...) and Series.ewm(...) followed by an aggregation, ported from pandas' window kernels. */
final class Windows {
  private Windows() {}

  static TE call(FunctionLowerer fl, Attribute kind, Call windowCall, String agg, Call aggCall) {
    if (kind.attr().equals("rolling") && fl.readyPair != null && fl.readySecondForThis != null
        && agg.equals(fl.readyPair.second()) && fl.readyPair.key().equals(RollPairs.key(windowCall))) {
      // computed by the previous statement's paired kernel
      return fl.readySecondForThis;
    }
    TE recv = fl.expr(kind.value());
    Pos pos = aggCall.pos();
    if (recv.type().k() != K.SERIES) {
      throw fl.bail(DiagnosticCode.E0205, kind.pos(), "." + kind.attr() + "() is a pandas Series method; wrap the"
          + " array with pd.Series(...)");
    }
    TE x = Numpy.floatArr(fl, recv, pos);
    if (kind.attr().equals("rolling") && agg.equals("mean") && fl.pendingPair != null
        && fl.pendingPair.key().equals(RollPairs.key(windowCall))) {
      return paired(fl, x, windowCall, aggCall);
    }
    TE r = switch (kind.attr()) {
      case "rolling" -> rolling(fl, x, windowCall, agg, aggCall);
      case "expanding" -> expanding(fl, x, windowCall, agg, aggCall);
      default -> ewm(fl, x, windowCall, agg, aggCall);
    };
    return new TE(Type.FSER, r.ir());
  }

  /** The mean half of __roll_mean_var; the std/var half is left in fl.readySecond for the next statement. */
  private static TE paired(FunctionLowerer fl, TE x, Call wc, Call ac) {
    Map<String, Expr> a = Args.bind(fl, wc, "rolling", "window", "min_periods?", "center?");
    Args.bind(fl, ac, "mean");
    TE w = Library.req(fl, a, "window");
    if (!w.type().isInt()) {
      throw fl.bail(DiagnosticCode.E0201, wc.pos(), "the rolling window must be an integer number of bars");
    }
    List<Ir.Stmt> pre = new ArrayList<>();
    TE wt = fl.temp(new TE(Type.INT, Scalars.toI(w)), pre);
    TE mp = new TE(Type.INT, Scalars.toI(Library.opt(fl, a, "min_periods", wt)));
    boolean std = fl.pendingPair.second().equals("std");
    TE pair = fl.temp(fl.c.callPrelude(fl, "__roll_mean_var", List.of(x, wt, mp, new TE(Type.INT, i64(1)),
        new TE(Type.BOOL, i32(std ? 1 : 0))), ac.pos()), pre);
    TE second = Tuples.item(pair.ir(), pair.type(), 1);
    fl.readySecond = new TE(Type.FSER, second.ir());
    TE mean = Tuples.item(pair.ir(), pair.type(), 0);
    return new TE(Type.FSER, seq(pre, mean.ir()));
  }

  /**
   * s.expanding(min_periods=1).agg(): pandas runs the rolling kernels over windows [0, i], which is a rolling window
   * as long as the series (nothing ever leaves it), so the same kernels give the same results.
   */
  private static TE expanding(FunctionLowerer fl, TE x, Call wc, String agg, Call ac) {
    Map<String, Expr> a = Args.bind(fl, wc, "expanding", "min_periods?");
    if (agg.equals("median") || agg.equals("apply")) {
      throw fl.bail(DiagnosticCode.E0104, ac.pos(), "expanding()." + agg + " is not supported (it is quadratic in the"
          + " number of bars); supported: mean sum std var min max count");
    }
    List<Ir.Stmt> pre = new ArrayList<>();
    TE xs = fl.temp(x, pre);
    TE w = new TE(Type.INT, new Ir.IfE(bin("i64.lt_s", len(xs.ir()), i64(1)), i64(1), len(xs.ir()), Vt.I64));
    TE minp = Library.opt(fl, a, "min_periods", new TE(Type.INT, i64(1)));
    TE r = aggregate(fl, xs, fl.temp(w, pre), new TE(Type.INT, Scalars.toI(minp)), agg, ac, pre);
    return new TE(r.type(), seq(pre, r.ir()));
  }

  private static TE rolling(FunctionLowerer fl, TE x, Call wc, String agg, Call ac) {
    Map<String, Expr> a = Args.bind(fl, wc, "rolling", "window", "min_periods?", "center?");
    boolean center = Library.constBool(fl, a, "center", false);
    if (center) {
      fl.c.error(DiagnosticCode.W0304, wc.pos(), "rolling(center=True) reads future bars (look-ahead)");
    }
    TE w = Library.req(fl, a, "window");
    if (!w.type().isInt()) {
      throw fl.bail(DiagnosticCode.E0201, wc.pos(), "the rolling window must be an integer number of bars");
    }
    List<Ir.Stmt> pre = new ArrayList<>();
    TE wt = fl.temp(new TE(Type.INT, Scalars.toI(w)), pre);
    // pandas 1.5's count() alone defaults min_periods to 0 (with a FutureWarning), the others to the window
    TE minp = Library.opt(fl, a, "min_periods", agg.equals("count") ? new TE(Type.INT, i64(0)) : wt);
    TE mp = new TE(Type.INT, Scalars.toI(minp));
    if (center) {
      if (agg.equals("apply")) {
        throw fl.bail(DiagnosticCode.E0206, wc.pos(), "rolling(center=True).apply is not supported");
      }
      // pandas centres the window on bar i by ending it (w - 1) // 2 bars later, cut at the last bar: the same as a
      // trailing window over the series padded with that many NaN (skipped by every kernel), shifted back
      TE off = fl.temp(new TE(Type.INT, bin("i64.div_s", bin("i64.sub", wt.ir(), i64(1)), i64(2))), pre);
      TE xs = fl.temp(x, pre);
      TE padded = fl.temp(fl.c.callPrelude(fl, "__pad_nan", List.of(xs, off), wc.pos()), pre);
      TE r;
      if (agg.equals("count")) {
        // min_periods counts the bars in the window, and padding is not bars
        Args.bind(fl, ac, agg);
        r = fl.c.callPrelude(fl, "__roll_count_upto", List.of(padded, wt, mp, new TE(Type.INT, len(xs.ir()))),
            ac.pos());
      } else {
        r = aggregate(fl, padded, wt, mp, agg, ac, pre);
      }
      TE shifted = fl.c.callPrelude(fl, "__drop_front", List.of(r, off), wc.pos());
      return new TE(shifted.type(), seq(pre, shifted.ir()));
    }
    TE r = aggregate(fl, x, wt, mp, agg, ac, pre);
    return new TE(r.type(), seq(pre, r.ir()));
  }

  /** The rolling aggregation agg of x over windows of wt bars with at least mp observations. */
  private static TE aggregate(FunctionLowerer fl, TE x, TE wt, TE mp, String agg, Call ac, List<Ir.Stmt> pre) {
    Checker c = fl.c;
    TE r;
    switch (agg) {
      case "mean", "sum", "min", "max", "median", "count" -> {
        Args.bind(fl, ac, agg);
        r = c.callPrelude(fl, "__roll_" + agg, List.of(x, wt, mp), ac.pos());
      }
      case "std", "var" -> {
        Map<String, Expr> aa = Args.bind(fl, ac, agg, "ddof?");
        TE ddof = Library.opt(fl, aa, "ddof", new TE(Type.INT, i64(1)));
        r = c.callPrelude(fl, "__roll_var", List.of(x, wt, mp, new TE(Type.INT, Scalars.toI(ddof)),
            new TE(Type.BOOL, i32(agg.equals("std") ? 1 : 0))), ac.pos());
      }
      case "apply" -> {
        Map<String, Expr> aa = Args.bind(fl, ac, "apply", "func", "raw?");
        if (!Library.constBool(fl, aa, "raw", false)) {
          throw fl.bail(DiagnosticCode.E0206, ac.pos(), "rolling(...).apply needs raw=True (the window is passed as"
              + " an ndarray)");
        }
        TE f = Library.argValue(fl, aa.get("func"));
        if (f.type().k() != K.FUNC || !f.type().tag().startsWith("user.")) {
          throw fl.bail(DiagnosticCode.E0205, ac.pos(), "apply needs a lambda or a function defined in this file");
        }
        FunctionDef def = c.defs.get(f.type().tag().substring(5));
        r = apply(fl, x, wt, mp, def, ac.pos(), pre);
      }
      default -> throw fl.bail(DiagnosticCode.E0104, ac.pos(), "rolling(...)." + agg + " is not supported;"
          + " supported: mean sum std var min max median count apply");
    }
    return r;
  }

  private static TE apply(FunctionLowerer fl, TE x, TE w, TE minp, FunctionDef def, Pos pos, List<Ir.Stmt> pre) {
    Checker c = fl.c;
    TE xs = fl.temp(x, pre);
    TE mps = fl.temp(minp, pre);
    int n = fl.newLocal(Vt.I64);
    int i = fl.newLocal(Vt.I64);
    int start = fl.newLocal(Vt.I64);
    pre.add(set(n, len(xs.ir())));
    TE out = fl.temp(c.callPrelude(fl, "__full_float", List.of(new TE(Type.INT, B.get(n, Vt.I64)),
        new TE(Type.FLOAT, f64(Double.NaN))), pos), pre);
    TE buf = fl.temp(new TE(Type.FARR, B.call("__newarr", Vt.I32, w.ir())), pre);
    List<TE> callArgs = new ArrayList<>(List.of(buf));
    for (String v : c.captures.getOrDefault(def.name(), List.of())) {
      callArgs.add(fl.expr(new Name(pos, v)));
    }
    if (callArgs.size() != def.params().size()) {
      throw fl.bail(DiagnosticCode.E0203, pos, "the applied function must take exactly one argument (the window)");
    }
    TE result = Library.invoke(fl, def, callArgs, false, pos);
    if (!result.type().isNumber()) {
      throw fl.bail(DiagnosticCode.E0201, pos, "the applied function must return a number, not " + result.type());
    }
    TE cnt = c.callPrelude(fl, "__count_valid", List.of(xs, new TE(Type.INT, B.get(start, Vt.I64)),
        new TE(Type.INT, bin("i64.add", B.get(i, Vt.I64), i64(1)))), pos);
    TE fill = c.callPrelude(fl, "__window_into", List.of(buf, xs, new TE(Type.INT, B.get(start, Vt.I64)),
        new TE(Type.INT, bin("i64.add", B.get(i, Vt.I64), i64(1)))), pos);
    int id = fl.loopIds++;
    pre.add(set(i, i64(0)));
    Ir.Expr st = bin("i64.add", bin("i64.sub", B.get(i, Vt.I64), w.ir()), i64(1));
    pre.add(new Ir.Loop(id, List.of(
        iff(bin("i64.ge_s", B.get(i, Vt.I64), B.get(n, Vt.I64)), List.of(new Ir.Break(id))),
        set(start, new Ir.IfE(bin("i64.lt_s", st, i64(0)), i64(0), st, Vt.I64)),
        iff(bin("i64.ge_s", Scalars.toI(cnt), mps.ir()), List.of(
            doo(fill.ir()),
            Vectors.store(K.FLOAT, out.ir(), B.get(i, Vt.I64), result)))),
        List.of(set(i, bin("i64.add", B.get(i, Vt.I64), i64(1))))));
    return out;
  }

  private static TE ewm(FunctionLowerer fl, TE x, Call wc, String agg, Call ac) {
    Map<String, Expr> a = Args.bind(fl, wc, "ewm", "com?", "span?", "halflife?", "alpha?", "min_periods?", "adjust?",
        "ignore_na?");
    Checker c = fl.c;
    Pos pos = wc.pos();
    Ir.Expr com;
    int given = 0;
    com = null;
    if (a.get("com") != null) {
      given++;
      com = Scalars.toF(Library.req(fl, a, "com"));
    }
    if (a.get("span") != null) {
      given++;
      com = bin("f64.div", bin("f64.sub", Scalars.toF(Library.req(fl, a, "span")), f64(1)), f64(2));
    }
    if (a.get("alpha") != null) {
      given++;
      com = bin("f64.sub", bin("f64.div", f64(1), Scalars.toF(Library.req(fl, a, "alpha"))), f64(1));
    }
    if (a.get("halflife") != null) {
      given++;
      com = c.callPrelude(fl, "__halflife_com", List.of(new TE(Type.FLOAT, Scalars.toF(Library.req(fl, a,
          "halflife")))), pos).ir();
    }
    if (given != 1) {
      throw fl.bail(DiagnosticCode.E0203, pos, "ewm needs exactly one of com, span, halflife or alpha");
    }
    boolean adjust = Library.constBool(fl, a, "adjust", true);
    boolean ignoreNa = Library.constBool(fl, a, "ignore_na", false);
    TE minp = Library.opt(fl, a, "min_periods", new TE(Type.INT, i64(0)));
    List<TE> args = List.of(x, new TE(Type.FLOAT, com), new TE(Type.BOOL, i32(adjust ? 1 : 0)),
        new TE(Type.BOOL, i32(ignoreNa ? 1 : 0)), new TE(Type.INT, Scalars.toI(minp)));
    switch (agg) {
      case "mean" -> {
        Args.bind(fl, ac, agg);
        return c.callPrelude(fl, "__ewm_mean", args, ac.pos());
      }
      case "std", "var" -> {
        Map<String, Expr> aa = Args.bind(fl, ac, agg, "bias?");
        boolean bias = Library.constBool(fl, aa, "bias", false);
        List<TE> all = new ArrayList<>(args);
        all.add(new TE(Type.BOOL, i32(bias ? 1 : 0)));
        all.add(new TE(Type.BOOL, i32(agg.equals("std") ? 1 : 0)));
        return c.callPrelude(fl, "__ewm_var", all, ac.pos());
      }
      default -> throw fl.bail(DiagnosticCode.E0104, ac.pos(), "ewm(...)." + agg + " is not supported; supported:"
          + " mean std var");
    }
  }
}
