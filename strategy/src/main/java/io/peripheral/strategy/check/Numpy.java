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
import java.util.Set;

/** The supported numpy functions. Anything else is E0104. */
final class Numpy {
  private Numpy() {}

  static final Set<String> UNARY = Set.of("abs", "absolute", "fabs", "sqrt", "log", "log10", "log2", "log1p", "exp",
      "expm1", "sign", "floor", "ceil", "trunc", "rint", "isnan", "isfinite", "isinf", "negative", "square",
      "logical_not");
  static final Set<String> BINARY = Set.of("add", "subtract", "multiply", "divide", "true_divide", "floor_divide",
      "power", "mod", "remainder", "maximum", "minimum", "fmax", "fmin", "greater", "less", "greater_equal",
      "less_equal", "equal", "not_equal", "logical_and", "logical_or");
  /** Reductions and other whole-array functions implemented in the prelude as __np_NAME(x). */
  static final Set<String> WHOLE = Set.of("mean", "nanmean", "sum", "nansum", "min", "max", "amin", "amax", "nanmin",
      "nanmax", "argmin", "argmax", "cumsum", "cumprod", "median", "nanmedian", "sort", "argsort", "prod", "any",
      "all", "count_nonzero", "nancumsum", "flip");

  static TE call(FunctionLowerer fl, String name, Call call) {
    Pos pos = call.pos();
    if (UNARY.contains(name) || BINARY.contains(name)) {
      return ufuncCall(fl, name, call);
    }
    if (WHOLE.contains(name)) {
      TE x = arrayArg(fl, Library.req(fl, Args.bind(fl, call, "np." + name, "a"), "a"), pos);
      String n = switch (name) {
        case "amin" -> "min";
        case "amax" -> "max";
        default -> name;
      };
      if (x.type().k() == K.SERIES && Set.of("mean", "sum", "min", "max", "median").contains(n)) {
        return fl.c.callPrelude(fl, "__pd_" + n, List.of(asArray(x)), pos);
      }
      TE r = fl.c.callPrelude(fl, "__np_" + n, List.of(asArray(x)), pos);
      if (r.type().isVector() && x.type().k() == K.SERIES && !n.equals("sort") && !n.equals("argsort")) {
        return new TE(Type.series(r.type().elem()), r.ir());
      }
      return r;
    }
    switch (name) {
      case "zeros", "ones", "empty", "full" -> {
        Map<String, Expr> a = name.equals("full") ? Args.bind(fl, call, "np.full", "shape", "fill_value", "dtype?")
            : Args.bind(fl, call, "np." + name, "shape", "dtype?");
        TE n = Library.req(fl, a, "shape");
        if (!n.type().isInt()) {
          throw fl.bail(DiagnosticCode.E0201, pos, "the shape must be an integer (1-D arrays only)");
        }
        TE v = name.equals("full") ? Library.req(fl, a, "fill_value")
            : new TE(Type.INT, i64(name.equals("ones") ? 1 : 0));
        K dt = Library.dtype(fl, a.get("dtype"));
        if (dt == null) {
          dt = name.equals("full") ? v.type().elemKind() : K.FLOAT;
        }
        return full(fl, n, v, dt, pos);
      }
      case "zeros_like", "ones_like", "empty_like", "full_like" -> {
        Map<String, Expr> a = name.equals("full_like")
            ? Args.bind(fl, call, "np.full_like", "a", "fill_value", "dtype?")
            : Args.bind(fl, call, "np." + name, "a", "dtype?");
        TE x = arrayArg(fl, Library.req(fl, a, "a"), pos);
        TE v = name.equals("full_like") ? Library.req(fl, a, "fill_value")
            : new TE(Type.INT, i64(name.equals("ones_like") ? 1 : 0));
        K dt = Library.dtype(fl, a.get("dtype"));
        if (dt == null) {
          dt = x.type().elem();
        }
        TE r = full(fl, new TE(Type.INT, len(x.ir())), v, dt, pos);
        return x.type().k() == K.SERIES ? new TE(Type.series(dt), r.ir()) : r;
      }
      case "arange" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.arange", "start", "stop?", "step?", "dtype?");
        TE start = Library.req(fl, a, "start");
        TE stop = Library.opt(fl, a, "stop", null);
        if (stop == null) {
          stop = start;
          start = new TE(Type.INT, i64(0));
        }
        TE step = Library.opt(fl, a, "step", new TE(Type.INT, i64(1)));
        K dt = Library.dtype(fl, a.get("dtype"));
        boolean isFloat = start.type().isFloat() || stop.type().isFloat() || step.type().isFloat() || dt == K.FLOAT;
        if (isFloat) {
          return fl.c.callPrelude(fl, "__arange_float", List.of(new TE(Type.FLOAT, Scalars.toF(start)),
              new TE(Type.FLOAT, Scalars.toF(stop)), new TE(Type.FLOAT, Scalars.toF(step))), pos);
        }
        return fl.c.callPrelude(fl, "__arange_int", List.of(new TE(Type.INT, Scalars.toI(start)),
            new TE(Type.INT, Scalars.toI(stop)), new TE(Type.INT, Scalars.toI(step))), pos);
      }
      case "linspace" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.linspace", "start", "stop", "num?", "endpoint?");
        TE num = Library.opt(fl, a, "num", new TE(Type.INT, i64(50)));
        boolean endpoint = Library.constBool(fl, a, "endpoint", true);
        return fl.c.callPrelude(fl, "__linspace", List.of(new TE(Type.FLOAT, Scalars.toF(Library.req(fl, a, "start"))),
            new TE(Type.FLOAT, Scalars.toF(Library.req(fl, a, "stop"))), new TE(Type.INT, Scalars.toI(num)),
            new TE(Type.BOOL, i32(endpoint ? 1 : 0))), pos);
      }
      case "array", "asarray", "ascontiguousarray" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np." + name, "object", "dtype?");
        TE x = Library.req(fl, a, "object");
        K dt = Library.dtype(fl, a.get("dtype"));
        TE arr;
        if (x.type().k() == K.LIST) {
          arr = Lists.toArray(fl, x, pos);
        } else if (x.type().isVector()) {
          arr = name.equals("array") ? fl.c.callPrelude(fl, "__copy", List.of(asArray(x)), pos) : asArray(x);
        } else {
          throw fl.bail(DiagnosticCode.E0201, pos, "np." + name + " needs a list, an array or a Series, not "
              + x.type());
        }
        if (dt != null && dt != arr.type().elem()) {
          arr = new TE(Type.array(dt), Types.convert(fl, arr, Type.array(dt), pos));
        }
        return arr;
      }
      case "where" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.where", "condition", "x", "y");
        TE cnd = Library.req(fl, a, "condition");
        TE x = Library.req(fl, a, "x");
        TE y = Library.req(fl, a, "y");
        TE r = Vectors.map(fl.c, "where", List.of(asArray(cnd), asArray(x), asArray(y)), (e, line) -> {
          Type j = Types.join(e.get(1).type(), e.get(2).type());
          if (j == null || !j.isNumber()) {
            return null;
          }
          Ir.Expr cv = Scalars.truth(e.get(0));
          return new TE(j, new Ir.IfE(cv, Scalars.coerce(e.get(1), j), Scalars.coerce(e.get(2), j), j.vt()));
        }, fl.line(pos));
        if (r == null || !r.type().isVector()) {
          throw fl.bail(DiagnosticCode.E0201, pos, "np.where needs numbers or arrays of numbers");
        }
        return r;
      }
      case "clip" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.clip", "a", "a_min", "a_max");
        return clip(fl, Library.req(fl, a, "a"), Library.opt(fl, a, "a_min", null), Library.opt(fl, a, "a_max", null),
            pos);
      }
      case "nan_to_num" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.nan_to_num", "x", "copy?", "nan?", "posinf?", "neginf?");
        TE x = Library.req(fl, a, "x");
        TE nan = Library.opt(fl, a, "nan", new TE(Type.FLOAT, f64(0)));
        TE pinf = Library.opt(fl, a, "posinf", new TE(Type.FLOAT, f64(Double.MAX_VALUE)));
        TE ninf = Library.opt(fl, a, "neginf", new TE(Type.FLOAT, f64(-Double.MAX_VALUE)));
        return ufuncLike(fl, "nan_to_num", List.of(x, nan, pinf, ninf), pos, (e, line) -> {
          Ir.Expr v = Scalars.toF(e.get(0));
          Ir.Expr r = new Ir.IfE(bin("f64.ne", v, v), Scalars.toF(e.get(1)),
              new Ir.IfE(bin("f64.eq", v, f64(Double.POSITIVE_INFINITY)), Scalars.toF(e.get(2)),
                  new Ir.IfE(bin("f64.eq", v, f64(Double.NEGATIVE_INFINITY)), Scalars.toF(e.get(3)), v, Vt.F64),
                  Vt.F64), Vt.F64);
          return new TE(Type.NPFLOAT, r);
        });
      }
      case "round", "around", "round_" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.round", "a", "decimals?");
        TE x = Library.req(fl, a, "a");
        long d = Library.constInt(fl, a, "decimals", 0);
        return ufuncLike(fl, "round" + (d < 0 ? "m" + (-d) : d), List.of(x), pos, (e, line) -> {
          if (!e.get(0).type().isFloat()) {
            return new TE(e.get(0).type().isNp() ? e.get(0).type() : Type.NPINT, Scalars.toI(e.get(0)));
          }
          double p = Math.pow(10, d);
          Ir.Expr v = e.get(0).ir();
          return new TE(Type.NPFLOAT, d == 0 ? un("f64.nearest", v)
              : bin("f64.div", un("f64.nearest", bin("f64.mul", v, f64(p))), f64(p)));
        });
      }
      case "std", "var", "nanstd", "nanvar" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np." + name, "a", "ddof?");
        TE x = arrayArg(fl, Library.req(fl, a, "a"), pos);
        TE ddof = Library.opt(fl, a, "ddof", new TE(Type.INT, i64(0)));
        String base = name.replace("nan", "");
        boolean skip = name.startsWith("nan") || x.type().k() == K.SERIES;
        return fl.c.callPrelude(fl, "__var", List.of(asArray(x), new TE(Type.INT, Scalars.toI(ddof)),
            new TE(Type.BOOL, i32(skip ? 1 : 0)), new TE(Type.BOOL, i32(base.equals("std") ? 1 : 0))), pos);
      }
      case "percentile", "nanpercentile", "quantile", "nanquantile" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np." + name, "a", "q");
        TE x = arrayArg(fl, Library.req(fl, a, "a"), pos);
        TE q = Library.req(fl, a, "q");
        Ir.Expr qf = Scalars.toF(q);
        if (name.contains("percentile")) {
          qf = bin("f64.div", qf, f64(100));
        }
        boolean skip = name.startsWith("nan");
        return fl.c.callPrelude(fl, "__quantile", List.of(asArray(x), new TE(Type.FLOAT, qf),
            new TE(Type.BOOL, i32(skip ? 1 : 0))), pos);
      }
      case "average" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.average", "a", "weights?");
        TE x = arrayArg(fl, Library.req(fl, a, "a"), pos);
        TE w = Library.opt(fl, a, "weights", null);
        if (w == null) {
          return fl.c.callPrelude(fl, "__np_mean", List.of(asArray(x)), pos);
        }
        return fl.c.callPrelude(fl, "__average", List.of(asArray(x), asArray(arrayArg(fl, w, pos))), pos);
      }
      case "diff" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.diff", "a", "n?", "prepend?", "append?");
        TE x = asArray(arrayArg(fl, Library.req(fl, a, "a"), pos));
        long n = Library.constInt(fl, a, "n", 1);
        TE pre = Library.opt(fl, a, "prepend", null);
        TE app = Library.opt(fl, a, "append", null);
        if (pre != null) {
          x = fl.c.callPrelude(fl, "__concat2", List.of(toArray(fl, pre, x, pos), x), pos);
        }
        if (app != null) {
          x = fl.c.callPrelude(fl, "__concat2", List.of(x, toArray(fl, app, x, pos)), pos);
        }
        for (long i = 0; i < n; i++) {
          x = fl.c.callPrelude(fl, "__np_diff", List.of(x), pos);
        }
        return x;
      }
      case "roll" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.roll", "a", "shift");
        TE x = arrayArg(fl, Library.req(fl, a, "a"), pos);
        Expr shiftExpr = a.get("shift");
        Object sv = fl.c.constValue(shiftExpr);
        if (sv instanceof Long l && l > 0) {
          fl.c.error(DiagnosticCode.W0301, shiftExpr.pos(), "np.roll with a positive shift moves the last bars to"
              + " the front (look-ahead); use .shift() or set the first values to NaN");
        }
        TE r = fl.c.callPrelude(fl, "__roll", List.of(asArray(x), new TE(Type.INT, Scalars.toI(fl.expr(shiftExpr)))),
            pos);
        return x.type().k() == K.SERIES ? new TE(Type.series(r.type().elem()), r.ir()) : r;
      }
      case "concatenate", "append", "hstack" -> {
        if (name.equals("append")) {
          Map<String, Expr> a = Args.bind(fl, call, "np.append", "arr", "values");
          TE x = asArray(arrayArg(fl, Library.req(fl, a, "arr"), pos));
          TE v = Library.req(fl, a, "values");
          return fl.c.callPrelude(fl, "__concat2", List.of(x, toArray(fl, v, x, pos)), pos);
        }
        Map<String, Expr> a = Args.bind(fl, call, "np." + name, "arrays");
        Expr arrs = a.get("arrays");
        List<Expr> parts = arrs instanceof ListExpr l ? l.elts() : arrs instanceof TupleExpr t ? t.elts() : null;
        if (parts == null || parts.isEmpty()) {
          throw fl.bail(DiagnosticCode.E0201, pos, "np." + name + " needs a list of arrays");
        }
        TE acc = asArray(arrayArg(fl, fl.expr(parts.get(0)), pos));
        for (int i = 1; i < parts.size(); i++) {
          acc = fl.c.callPrelude(fl, "__concat2", List.of(acc, toArray(fl, fl.expr(parts.get(i)), acc, pos)), pos);
        }
        return parts.size() == 1 ? fl.c.callPrelude(fl, "__copy", List.of(acc), pos) : acc;
      }
      case "convolve" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.convolve", "a", "v", "mode?");
        String mode = a.get("mode") == null ? "full" : Exprs.constString(fl, a.get("mode"));
        int m = switch (mode) {
          case "full" -> 0;
          case "same" -> 1;
          case "valid" -> 2;
          default -> throw fl.bail(DiagnosticCode.E0206, pos, "mode must be 'full', 'same' or 'valid'");
        };
        return fl.c.callPrelude(fl, "__convolve", List.of(asArray(floatArr(fl, Library.req(fl, a, "a"), pos)),
            asArray(floatArr(fl, Library.req(fl, a, "v"), pos)), new TE(Type.INT, i64(m))), pos);
      }
      case "dot" -> {
        Map<String, Expr> a = Args.bind(fl, call, "np.dot", "a", "b");
        return fl.c.callPrelude(fl, "__dot", List.of(asArray(arrayArg(fl, Library.req(fl, a, "a"), pos)),
            asArray(arrayArg(fl, Library.req(fl, a, "b"), pos))), pos);
      }
      case "float64", "float_", "double" -> {
        TE x = Library.req(fl, Args.bind(fl, call, "np.float64", "x"), "x");
        return ufuncLike(fl, "tofloat", List.of(x), pos, (e, line) -> new TE(Type.NPFLOAT, Scalars.toF(e.get(0))));
      }
      case "int64", "int_" -> {
        TE x = Library.req(fl, Args.bind(fl, call, "np.int64", "x"), "x");
        return ufuncLike(fl, "toint", List.of(x), pos, (e, line) -> new TE(Type.NPINT, e.get(0).type().isFloat()
            ? B.call("__f2i_sat", Vt.I64, e.get(0).ir()) : Scalars.toI(e.get(0))));
      }
      case "errstate" -> {
        return new TE(Type.NONE, i32(0));
      }
      default -> throw fl.bail(DiagnosticCode.E0104, pos, "np." + name + " is not supported; supported numpy"
          + " functions are listed in docs/strategy-language.md");
    }
  }

  static TE asArray(TE x) {
    return x.type().k() == K.SERIES ? new TE(Type.array(x.type().elem()), x.ir()) : x;
  }

  static TE arrayArg(FunctionLowerer fl, TE x, Pos pos) {
    if (x.type().k() == K.LIST) {
      return Lists.toArray(fl, x, pos);
    }
    if (!x.type().isVector()) {
      throw fl.bail(DiagnosticCode.E0201, pos, "expected an array or a Series, not " + x.type());
    }
    return x;
  }

  static TE floatArr(FunctionLowerer fl, TE x, Pos pos) {
    TE a = asArray(arrayArg(fl, x, pos));
    if (a.type().elem() != K.FLOAT) {
      return new TE(Type.FARR, Types.convert(fl, a, Type.FARR, pos));
    }
    return a;
  }

  /** A scalar or array value as an array matching like's element kind (for concatenation). */
  static TE toArray(FunctionLowerer fl, TE v, TE like, Pos pos) {
    TE arr;
    if (v.type().isNumber()) {
      arr = full(fl, new TE(Type.INT, i64(1)), v, like.type().elem(), pos);
    } else {
      arr = asArray(arrayArg(fl, v, pos));
    }
    if (arr.type().elem() != like.type().elem()) {
      arr = new TE(like.type(), Types.convert(fl, arr, like.type(), pos));
    }
    return arr;
  }

  static TE full(FunctionLowerer fl, TE n, TE v, K dt, Pos pos) {
    if (!v.type().isNumber()) {
      throw fl.bail(DiagnosticCode.E0201, pos, "the fill value must be a number, not " + v.type());
    }
    if (v.ir() instanceof Ir.Const c && c.bits() == 0) {
      // linear memory starts zeroed and the allocator never reuses it, so a new array is already 0.0 / 0 / False
      return new TE(Type.array(dt), B.call("__newarr", Vt.I32, Scalars.toI(n)));
    }
    if (dt == K.FLOAT) {
      return fl.c.callPrelude(fl, "__full_float", List.of(new TE(Type.INT, Scalars.toI(n)),
          new TE(Type.FLOAT, Scalars.toF(v))), pos);
    }
    Ir.Expr iv = v.type().isFloat() ? B.call("__f2i_sat", Vt.I64, v.ir())
        : dt == K.BOOL ? un("i64.extend_i32_u", Scalars.truth(v)) : Scalars.toI(v);
    TE r = fl.c.callPrelude(fl, "__full_int", List.of(new TE(Type.INT, Scalars.toI(n)), new TE(Type.INT, iv)), pos);
    return new TE(Type.array(dt), r.ir());
  }

  static TE clip(FunctionLowerer fl, TE x, TE lo, TE hi, Pos pos) {
    List<TE> args = new ArrayList<>();
    args.add(x);
    if (lo != null) {
      args.add(lo);
    }
    if (hi != null) {
      args.add(hi);
    }
    boolean hasLo = lo != null;
    boolean hasHi = hi != null;
    return ufuncLike(fl, "clip" + (hasLo ? "l" : "") + (hasHi ? "h" : ""), args, pos, (e, line) -> {
      TE v = e.get(0);
      int k = 1;
      Type j = v.type();
      for (int i = 1; i < e.size(); i++) {
        j = Types.join(j, e.get(i).type());
      }
      if (j.isFloat()) {
        Ir.Expr r = Scalars.toF(v);
        if (hasLo) {
          r = bin("f64.max", r, Scalars.toF(e.get(k++)));
        }
        if (hasHi) {
          r = bin("f64.min", r, Scalars.toF(e.get(k)));
        }
        return new TE(Type.NPFLOAT, r);
      }
      Ir.Expr r = Scalars.toI(v);
      if (hasLo) {
        Ir.Expr l = Scalars.toI(e.get(k++));
        r = new Ir.IfE(bin("i64.lt_s", r, l), l, r, Vt.I64);
      }
      if (hasHi) {
        Ir.Expr h = Scalars.toI(e.get(k));
        r = new Ir.IfE(bin("i64.gt_s", r, h), h, r, Vt.I64);
      }
      return new TE(Type.NPINT, r);
    });
  }

  private static TE ufuncCall(FunctionLowerer fl, String name, Call call) {
    boolean binary = BINARY.contains(name);
    Map<String, Expr> a = binary ? Args.bind(fl, call, "np." + name, "x1", "x2", "out?", "where?")
        : Args.bind(fl, call, "np." + name, "x", "out?", "where?");
    List<TE> args = new ArrayList<>();
    args.add(Library.req(fl, a, binary ? "x1" : "x"));
    if (binary) {
      args.add(Library.req(fl, a, "x2"));
    }
    TE r = ufunc(fl, name, args, call.pos(), true);
    TE out = Library.opt(fl, a, "out", null);
    TE where = Library.opt(fl, a, "where", null);
    if (out == null) {
      if (where != null) {
        throw fl.bail(DiagnosticCode.E0206, call.pos(), "where= needs out= (elements not selected keep out's"
            + " values)");
      }
      return r;
    }
    if (!out.type().isVector()) {
      throw fl.bail(DiagnosticCode.E0201, call.pos(), "out= must be an array");
    }
    TE rr = r.type().isVector() ? asArray(r) : r;
    if (rr.type().isVector() && rr.type().elem() != out.type().elem()) {
      rr = new TE(Type.array(out.type().elem()), Types.convert(fl, rr, Type.array(out.type().elem()), call.pos()));
    }
    if (!rr.type().isVector()) {
      rr = new TE(Type.scalarOf(out.type().elem()), Scalars.coerce(rr, Type.scalarOf(out.type().elem())));
    }
    String fn = rr.type().isVector() ? "__put" : "__fill";
    if (where == null) {
      return retype(out, fl.c.callPrelude(fl, fn + "_all", List.of(asArray(out), rr), call.pos()));
    }
    if (!where.type().isVector()) {
      throw fl.bail(DiagnosticCode.E0201, call.pos(), "where= must be a boolean array");
    }
    return retype(out, fl.c.callPrelude(fl, fn + "_where", List.of(asArray(out), rr, asArray(where)), call.pos()));
  }

  private static TE retype(TE like, TE r) {
    return new TE(like.type(), r.ir());
  }

  /** Applies a numpy ufunc to scalars or vectors; python=false keeps Python scalar types (builtin abs). */
  static TE ufunc(FunctionLowerer fl, String name, List<TE> args, Pos pos, boolean numpy) {
    TE r = ufuncLike(fl, name, args, pos, (e, line) -> elem(fl, name, e, line));
    if (!numpy && !args.get(0).type().isVector() && !args.get(0).type().isNp() && r.type().isNumber()) {
      return new TE(r.type().isFloat() ? Type.FLOAT : r.type().isInt() ? Type.INT : r.type(), r.ir());
    }
    return r;
  }

  interface ElemFn extends java.util.function.BiFunction<List<TE>, Ir.Expr, TE> {}

  /** Element-wise over vectors, or directly on scalars (operands held in temporaries). */
  static TE ufuncLike(FunctionLowerer fl, String name, List<TE> args, Pos pos, ElemFn f) {
    boolean vector = false;
    for (TE a : args) {
      if (a.type().k() == K.LIST) {
        throw fl.bail(DiagnosticCode.E0201, pos, "convert the list with np.array(...) first");
      }
      if (!a.type().isVector() && !a.type().isNumber()) {
        throw fl.bail(DiagnosticCode.E0201, pos, name + " needs numbers or arrays, not " + a.type());
      }
      vector |= a.type().isVector();
    }
    if (vector) {
      TE r = Vectors.map(fl.c, name, args, f, fl.line(pos));
      if (r == null) {
        throw fl.bail(DiagnosticCode.E0201, pos, name + " does not support these argument types");
      }
      return r;
    }
    List<Ir.Stmt> pre = new ArrayList<>();
    List<TE> tmps = new ArrayList<>();
    for (TE a : args) {
      TE npa = new TE(a.type(), a.ir());
      tmps.add(fl.temp(npa, pre));
    }
    TE r = f.apply(tmps, fl.line(pos));
    if (r == null) {
      throw fl.bail(DiagnosticCode.E0201, pos, name + " does not support these argument types");
    }
    return new TE(r.type(), seq(pre, r.ir()));
  }

  private static Type npScalar(Type t) {
    return t.isFloat() ? Type.NPFLOAT : t.isInt() ? Type.NPINT : t;
  }

  /** One element of a ufunc with numpy semantics. */
  static TE elem(FunctionLowerer fl, String name, List<TE> e, Ir.Expr line) {
    TE x = e.get(0);
    Checker c = fl.c;
    switch (name) {
      case "abs", "absolute" -> {
        if (x.type().isFloat()) {
          return new TE(npScalar(x.type()), un("f64.abs", x.ir()));
        }
        if (x.type().k() == K.BOOL) {
          return x;
        }
        return new TE(npScalar(x.type()), new Ir.IfE(bin("i64.lt_s", x.ir(), i64(0)), bin("i64.sub", i64(0),
            x.ir()), x.ir(), Vt.I64));
      }
      case "fabs" -> {
        return new TE(Type.NPFLOAT, un("f64.abs", Scalars.toF(x)));
      }
      case "sqrt" -> {
        return new TE(Type.NPFLOAT, un("f64.sqrt", Scalars.toF(x)));
      }
      case "floor", "ceil", "trunc", "rint" -> {
        String op = name.equals("rint") ? "nearest" : name;
        return new TE(Type.NPFLOAT, un("f64." + op, Scalars.toF(x)));
      }
      case "log", "log10", "log2", "log1p", "exp", "expm1" -> {
        String f = c.specializePrelude("__" + name, List.of(Type.FLOAT));
        return new TE(Type.NPFLOAT, B.call(f, Vt.F64, Scalars.toF(x)));
      }
      case "sign" -> {
        if (x.type().isFloat()) {
          Ir.Expr v = x.ir();
          return new TE(Type.NPFLOAT, new Ir.IfE(bin("f64.gt", v, f64(0)), f64(1), new Ir.IfE(bin("f64.lt", v,
              f64(0)), f64(-1), bin("f64.mul", v, f64(0)), Vt.F64), Vt.F64));
        }
        Ir.Expr v = Scalars.toI(x);
        return new TE(Type.NPINT, bin("i64.sub", un("i64.extend_i32_u", bin("i64.gt_s", v, i64(0))),
            un("i64.extend_i32_u", bin("i64.lt_s", v, i64(0)))));
      }
      case "isnan" -> {
        return new TE(Type.BOOL, x.type().isFloat() ? bin("f64.ne", x.ir(), x.ir()) : i32(0));
      }
      case "isfinite" -> {
        return new TE(Type.BOOL, x.type().isFloat() ? bin("f64.eq", bin("f64.sub", x.ir(), x.ir()), f64(0)) : i32(1));
      }
      case "isinf" -> {
        return new TE(Type.BOOL, x.type().isFloat() ? bin("f64.eq", un("f64.abs", x.ir()),
            f64(Double.POSITIVE_INFINITY)) : i32(0));
      }
      case "negative" -> {
        return Scalars.unary("-", new TE(npScalar(x.type()), x.ir()));
      }
      case "square" -> {
        TE nx = new TE(npScalar(x.type()), x.ir());
        return Scalars.binary(c, "*", nx, nx, line);
      }
      case "logical_not" -> {
        return new TE(Type.BOOL, un("i32.eqz", Scalars.truth(x)));
      }
      default -> {}
    }
    TE y = e.get(1);
    TE nx = new TE(npScalar(x.type()), x.ir());
    TE ny = new TE(npScalar(y.type()), y.ir());
    switch (name) {
      case "add" -> {
        return Scalars.binary(c, "+", nx, ny, line);
      }
      case "subtract" -> {
        return Scalars.binary(c, "-", nx, ny, line);
      }
      case "multiply" -> {
        return Scalars.binary(c, "*", nx, ny, line);
      }
      case "divide", "true_divide" -> {
        return Scalars.binary(c, "/", nx, ny, line);
      }
      case "floor_divide" -> {
        return Scalars.binary(c, "//", nx, ny, line);
      }
      case "mod", "remainder" -> {
        return Scalars.binary(c, "%", nx, ny, line);
      }
      case "power" -> {
        return Scalars.binary(c, "**", nx, ny, line);
      }
      case "greater" -> {
        return Scalars.compare(">", nx, ny);
      }
      case "less" -> {
        return Scalars.compare("<", nx, ny);
      }
      case "greater_equal" -> {
        return Scalars.compare(">=", nx, ny);
      }
      case "less_equal" -> {
        return Scalars.compare("<=", nx, ny);
      }
      case "equal" -> {
        return Scalars.compare("==", nx, ny);
      }
      case "not_equal" -> {
        return Scalars.compare("!=", nx, ny);
      }
      case "logical_and" -> {
        return new TE(Type.BOOL, bin("i32.and", Scalars.truth(x), Scalars.truth(y)));
      }
      case "logical_or" -> {
        return new TE(Type.BOOL, bin("i32.or", Scalars.truth(x), Scalars.truth(y)));
      }
      case "maximum", "minimum", "fmax", "fmin" -> {
        Type j = Types.join(nx.type(), ny.type());
        boolean max = name.endsWith("max") || name.equals("maximum");
        if (j.isFloat()) {
          Ir.Expr a = Scalars.toF(nx);
          Ir.Expr b = Scalars.toF(ny);
          if (name.startsWith("f")) {
            // fmax/fmin ignore NaN
            Ir.Expr r = bin(max ? "f64.max" : "f64.min", a, b);
            return new TE(Type.NPFLOAT, new Ir.IfE(bin("f64.ne", a, a), b, new Ir.IfE(bin("f64.ne", b, b), a, r,
                Vt.F64), Vt.F64));
          }
          return new TE(Type.NPFLOAT, bin(max ? "f64.max" : "f64.min", a, b));
        }
        Ir.Expr a = Scalars.toI(nx);
        Ir.Expr b = Scalars.toI(ny);
        return new TE(Type.NPINT, new Ir.IfE(bin(max ? "i64.gt_s" : "i64.lt_s", a, b), a, b, Vt.I64));
      }
      default -> {
        return null;
      }
    }
  }
}
