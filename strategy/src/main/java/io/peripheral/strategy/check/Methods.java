package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.syntax.Node.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Methods of arrays, Series, DataFrames, lists and dicts. */
final class Methods {
  private Methods() {}

  static final Set<String> ARRAY_REDUCE = Set.of("sum", "mean", "min", "max", "argmin", "argmax", "cumsum",
      "cumprod", "prod", "any", "all");
  static final Set<String> SERIES_REDUCE = Set.of("sum", "mean", "min", "max", "median", "count", "prod", "cumsum",
      "cumprod", "cummax", "cummin", "any", "all", "argmax", "argmin", "ffill", "bfill");

  static TE call(FunctionLowerer fl, TE recv, String name, Call call) {
    Type t = recv.type();
    Pos pos = call.pos();
    switch (t.k()) {
      case DF -> {
        if (name.equals("copy")) {
          Args.bind(fl, call, "copy", "deep?");
          return Frames.copy(fl, recv);
        }
        throw fl.bail(DiagnosticCode.E0104, pos, "DataFrame." + name + " is not supported; select a column with"
            + " df['close']");
      }
      case LIST -> {
        if (name.equals("append")) {
          TE v = Library.req(fl, Args.bind(fl, call, "append", "x"), "x");
          Type elem = t.listElem();
          Type j = Types.join(elem, v.type());
          if (j == null || (elem != null && !j.equals(elem))) {
            if (elem == null || j == null || !(elem.isNumber() && v.type().isNumber())) {
              throw fl.bail(DiagnosticCode.E0202, pos, "cannot append " + v.type() + " to " + t);
            }
          }
          if (elem == null || !j.equals(elem)) {
            // the list's element type widens: re-run inference with the wider type
            if (call.func() instanceof Attribute at && at.value() instanceof Name n) {
              Type old = fl.varTypes.get(n.id());
              Type nt = Type.list(j);
              if (!nt.equals(old)) {
                fl.varTypes.put(n.id(), nt);
                fl.changed = true;
              }
            }
            j = elem == null ? j : elem;
          }
          TE cv = new TE(j, Types.convert(fl, v, j, pos));
          return new TE(Type.NONE, seq(List.of(doo(B.call("__list_push", null, recv.ir(), Lists.toBits(cv)))),
              i32(0)));
        }
        throw fl.bail(DiagnosticCode.E0205, pos, "list." + name + " is not supported (append only)");
      }
      case DICT -> {
        if (name.equals("get")) {
          Map<String, Expr> a = Args.bind(fl, call, "get", "key", "default?");
          return Dicts.get(fl, recv, Exprs.constString(fl, a.get("key")), pos);
        }
        throw fl.bail(DiagnosticCode.E0205, pos, "dict." + name + " is not supported");
      }
      case ARRAY, SERIES -> {
        return vector(fl, recv, name, call);
      }
      default -> throw fl.bail(DiagnosticCode.E0205, pos, t + " has no supported method '" + name + "'");
    }
  }

  private static TE series(TE r) {
    return r.type().k() == K.ARRAY ? new TE(Type.series(r.type().elem()), r.ir()) : r;
  }

  private static TE vector(FunctionLowerer fl, TE recv, String name, Call call) {
    Type t = recv.type();
    Pos pos = call.pos();
    boolean isSeries = t.k() == K.SERIES;
    TE arr = Numpy.asArray(recv);
    Checker c = fl.c;
    switch (name) {
      case "to_numpy", "copy" -> {
        Args.bind(fl, call, name, "dtype?");
        TE r = c.callPrelude(fl, "__copy", List.of(arr), pos);
        return name.equals("copy") && isSeries ? series(r) : r;
      }
      case "tolist" -> {
        Args.bind(fl, call, name);
        return c.callPrelude(fl, "__array_to_list", List.of(arr), pos);
      }
      case "astype" -> {
        K dt = Library.dtype(fl, Args.bind(fl, call, "astype", "dtype").get("dtype"));
        Type target = new Type(t.k(), dt, null, null);
        return new TE(target, Types.convert(fl, recv, target, pos));
      }
      case "abs" -> {
        Args.bind(fl, call, name);
        return Numpy.ufunc(fl, "abs", List.of(recv), pos, true);
      }
      case "round" -> {
        Map<String, Expr> a = Args.bind(fl, call, "round", "decimals?");
        Call np = new Call(pos, new Attribute(pos, new Name(pos, "np"), "round"), List.of(), List.of());
        long d = Library.constInt(fl, a, "decimals", 0);
        return Numpy.ufuncLike(fl, "round" + (d < 0 ? "m" + (-d) : d), List.of(recv), np.pos(), (e, line) -> {
          if (!e.get(0).type().isFloat()) {
            return new TE(Type.NPINT, Scalars.toI(e.get(0)));
          }
          double p = Math.pow(10, d);
          return new TE(Type.NPFLOAT, d == 0 ? un("f64.nearest", e.get(0).ir())
              : bin("f64.div", un("f64.nearest", bin("f64.mul", e.get(0).ir(), f64(p))), f64(p)));
        });
      }
      case "clip" -> {
        Map<String, Expr> a = Args.bind(fl, call, "clip", "lower?", "upper?");
        return Numpy.clip(fl, recv, Library.opt(fl, a, "lower", null), Library.opt(fl, a, "upper", null), pos);
      }
      case "isna", "isnull", "notna", "notnull" -> {
        Args.bind(fl, call, name);
        boolean na = name.startsWith("is");
        return Numpy.ufuncLike(fl, name, List.of(recv), pos, (e, line) -> new TE(Type.BOOL,
            e.get(0).type().isFloat() ? bin(na ? "f64.ne" : "f64.eq", e.get(0).ir(), e.get(0).ir()) : i32(na ? 0
                : 1)));
      }
      case "fillna" -> {
        Map<String, Expr> a = Args.bind(fl, call, "fillna", "value?", "method?");
        if (a.get("method") != null) {
          String m = Exprs.constString(fl, a.get("method"));
          String fn = m.equals("ffill") || m.equals("pad") ? "ffill" : m.equals("bfill") || m.equals("backfill")
              ? "bfill" : null;
          if (fn == null) {
            throw fl.bail(DiagnosticCode.E0206, pos, "fillna method must be 'ffill' or 'bfill'");
          }
          return series(c.callPrelude(fl, "__pd_" + fn, List.of(Numpy.floatArr(fl, recv, pos)), pos));
        }
        TE v = Library.req(fl, a, "value");
        if (v.type().isVector()) {
          v = Numpy.floatArr(fl, v, pos);
        }
        return Numpy.ufuncLike(fl, "fillna", List.of(recv, v), pos, (e, line) -> {
          if (!e.get(0).type().isFloat()) {
            return e.get(0);
          }
          Ir.Expr x = e.get(0).ir();
          return new TE(Type.NPFLOAT, new Ir.IfE(bin("f64.ne", x, x), Scalars.toF(e.get(1)), x, Vt.F64));
        });
      }
      case "where", "mask" -> {
        Map<String, Expr> a = Args.bind(fl, call, name, "cond", "other?");
        TE cond = Library.req(fl, a, "cond");
        TE other = Library.opt(fl, a, "other", new TE(Type.FLOAT, f64(Double.NaN)));
        boolean keepWhenTrue = name.equals("where");
        return Numpy.ufuncLike(fl, "s" + name, List.of(recv, cond, other), pos, (e, line) -> {
          Type j = Types.join(e.get(0).type(), e.get(2).type());
          if (j == null || !j.isNumber()) {
            return null;
          }
          Ir.Expr cv = Scalars.truth(e.get(1));
          Ir.Expr x = Scalars.coerce(e.get(0), j);
          Ir.Expr o = Scalars.coerce(e.get(2), j);
          return new TE(j, keepWhenTrue ? new Ir.IfE(cv, x, o, j.vt()) : new Ir.IfE(cv, o, x, j.vt()));
        });
      }
      case "shift", "diff", "pct_change" -> {
        Map<String, Expr> a = Args.bind(fl, call, name, "periods?");
        Expr pe = a.get("periods");
        Object pv = pe == null ? Long.valueOf(1) : c.constValue(pe);
        if (name.equals("shift") && pv instanceof Long l && l < 0) {
          c.error(DiagnosticCode.W0302, pe.pos(), "shift with a negative period reads future bars (look-ahead)");
        }
        TE n = pe == null ? new TE(Type.INT, i64(1)) : fl.expr(pe);
        TE x = name.equals("diff") && t.elem() != K.FLOAT && !isSeries ? arr : Numpy.floatArr(fl, recv, pos);
        TE r = c.callPrelude(fl, "__pd_" + name, List.of(x, new TE(Type.INT, Scalars.toI(n))), pos);
        return isSeries ? series(r) : r;
      }
      case "std", "var" -> {
        Map<String, Expr> a = Args.bind(fl, call, name, "ddof?");
        TE ddof = Library.opt(fl, a, "ddof", new TE(Type.INT, i64(isSeries ? 1 : 0)));
        return c.callPrelude(fl, "__var", List.of(arr, new TE(Type.INT, Scalars.toI(ddof)),
            new TE(Type.BOOL, i32(isSeries ? 1 : 0)), new TE(Type.BOOL, i32(name.equals("std") ? 1 : 0))), pos);
      }
      case "quantile" -> {
        Map<String, Expr> a = Args.bind(fl, call, name, "q?");
        TE q = Library.opt(fl, a, "q", new TE(Type.FLOAT, f64(0.5)));
        return c.callPrelude(fl, "__quantile", List.of(arr, new TE(Type.FLOAT, Scalars.toF(q)),
            new TE(Type.BOOL, i32(isSeries ? 1 : 0))), pos);
      }
      case "rank" -> {
        Map<String, Expr> a = Args.bind(fl, call, name, "pct?");
        boolean pct = Library.constBool(fl, a, "pct", false);
        return series(c.callPrelude(fl, "__rank", List.of(Numpy.floatArr(fl, recv, pos),
            new TE(Type.BOOL, i32(pct ? 1 : 0))), pos));
      }
      case "item" -> {
        Args.bind(fl, call, name);
        return c.callPrelude(fl, "__item", List.of(arr), pos);
      }
      default -> {}
    }
    if (isSeries && SERIES_REDUCE.contains(name)) {
      Args.bind(fl, call, name, "skipna?");
      TE r = c.callPrelude(fl, "__pd_" + name, List.of(arr), pos);
      return r.type().isVector() ? series(r) : r;
    }
    if (!isSeries && ARRAY_REDUCE.contains(name)) {
      Args.bind(fl, call, name);
      return c.callPrelude(fl, "__np_" + name, List.of(arr), pos);
    }
    if (name.equals("rolling") || name.equals("ewm") || name.equals("expanding")) {
      throw fl.bail(DiagnosticCode.E0110, pos, "." + name + "(...) must be followed directly by an aggregation,"
          + " e.g. s." + name + "(...).mean()");
    }
    throw fl.bail(DiagnosticCode.E0104, pos, (isSeries ? "Series." : "ndarray.") + name + " is not supported;"
        + " supported methods are listed in docs/strategy-language.md");
  }
}
