package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Calls, attributes and subscripts: builtins, user functions, numpy, pandas, math and peripheral. */
final class Library {
  private Library() {}

  static TE call(FunctionLowerer fl, Call call) {
    Expr f = call.func();
    if (f instanceof Attribute at) {
      if (at.attr().startsWith("__")) {
        throw fl.bail(DiagnosticCode.E0105, at.pos(), "dunder attributes like '" + at.attr() + "' are not accessible");
      }
      if (at.value() instanceof Call inner && inner.func() instanceof Attribute ia
          && (ia.attr().equals("rolling") || ia.attr().equals("ewm") || ia.attr().equals("expanding"))) {
        return Windows.call(fl, ia, inner, at.attr(), call);
      }
      if (at.value() instanceof Call inner && inner.func() instanceof Attribute ia && ia.attr().equals("concat")
          && ia.value() instanceof Name pn && fl.c.aliases.get(pn.id()) != null
          && "pd".equals(fl.c.aliases.get(pn.id()).tag())) {
        return Pandas.concatRowwise(fl, inner, at.attr(), call);
      }
      TE recv = fl.expr(at.value());
      if (recv.type().k() == K.MODULE) {
        return module(fl, recv.type().tag(), at.attr(), call);
      }
      return Methods.call(fl, recv, at.attr(), call);
    }
    if (f instanceof Name n) {
      if (fl.spec.prelude && n.id().startsWith("__") && fl.readVar(n) == null
          && !fl.c.preludeDefs.containsKey(n.id())) {
        return Intrinsics.call(fl, n.id(), call);
      }
      TE t = Exprs.name(fl, n);
      if (t.type().k() != K.FUNC) {
        throw fl.bail(DiagnosticCode.E0205, n.pos(), "'" + n.id() + "' is a " + t.type() + ", not a function");
      }
      String tag = t.type().tag();
      int dot = tag.indexOf('.');
      String kind = tag.substring(0, dot);
      String name = tag.substring(dot + 1);
      return switch (kind) {
        case "user" -> userCall(fl, fl.c.defs.get(name), call, false);
        case "prelude" -> userCall(fl, fl.c.preludeDefs.get(name), call, true);
        case "builtin" -> Builtins.call(fl, name, call);
        case "peripheral" -> Pandas.peripheral(fl, name, call);
        default -> module(fl, kind, name, call);
      };
    }
    if (f instanceof Lambda) {
      throw fl.bail(DiagnosticCode.E0110, f.pos(), "calling a lambda directly is not supported");
    }
    throw fl.bail(DiagnosticCode.E0205, f.pos(), "this expression is not callable");
  }

  static TE module(FunctionLowerer fl, String module, String name, Call call) {
    return switch (module) {
      case "np" -> Numpy.call(fl, name, call);
      case "pd" -> Pandas.call(fl, name, call);
      case "math" -> MathLib.call(fl, name, call);
      default -> throw fl.bail(DiagnosticCode.E0104, call.pos(), "unknown module " + module);
    };
  }

  /** Calls a user (or prelude) function, specializing it for the argument types at this call site. */
  static TE userCall(FunctionLowerer fl, FunctionDef def, Call call, boolean prelude) {
    List<Param> params = def.params();
    Expr[] bound = new Expr[params.size()];
    List<String> captured = prelude ? List.of() : fl.c.captures.getOrDefault(def.name(), List.of());
    int visible = params.size() - captured.size();
    if (call.args().size() > visible) {
      throw fl.bail(DiagnosticCode.E0203, call.pos(), def.name() + "() takes " + visible
          + " arguments but " + call.args().size() + " were given");
    }
    for (int i = 0; i < captured.size(); i++) {
      // a closure reads the enclosing variable's value at the time of the call
      bound[visible + i] = new Name(call.pos(), captured.get(i));
    }
    for (int i = 0; i < call.args().size(); i++) {
      bound[i] = call.args().get(i);
    }
    for (Keyword k : call.keywords()) {
      int idx = -1;
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).name().equals(k.name())) {
          idx = i;
        }
      }
      if (idx < 0 || idx >= visible || bound[idx] != null) {
        throw fl.bail(DiagnosticCode.E0206, k.pos(), def.name() + "() got an unexpected or repeated keyword '"
            + k.name() + "'");
      }
      bound[idx] = k.value();
    }
    List<TE> args = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      Expr e = bound[i] != null ? bound[i] : params.get(i).defaultValue();
      if (e == null) {
        throw fl.bail(DiagnosticCode.E0203, call.pos(), def.name() + "() is missing the argument '"
            + params.get(i).name() + "'");
      }
      args.add(argValue(fl, e));
    }
    return invoke(fl, def, args, prelude, call.pos());
  }

  /** Lowers an argument; lambdas become synthetic functions passed by name. */
  static TE argValue(FunctionLowerer fl, Expr e) {
    if (e instanceof Lambda l) {
      String name = "lambda" + (fl.c.lambdaCounter++);
      List<Stmt> body = List.of(new Return(l.pos(), l.body()));
      List<String> captured = Closures.captured(fl, l.params(), body);
      List<Param> params = new ArrayList<>(l.params());
      for (String v : captured) {
        params.add(new Param(l.pos(), v, null, null));
      }
      fl.c.defs.put(name, new FunctionDef(l.pos(), name, params, null, body));
      fl.c.captures.put(name, captured);
      return new TE(Type.func("user." + name), i32(0));
    }
    // a function parameter may be optional (the callee is specialized for it)
    return fl.exprOpt(e);
  }

  static TE invoke(FunctionLowerer fl, FunctionDef def, List<TE> args, boolean prelude, Pos pos) {
    List<Type> types = new ArrayList<>();
    List<Ir.Expr> irs = new ArrayList<>();
    for (TE a : args) {
      types.add(a.type());
      irs.add(a.ir());
    }
    Checker.Spec s = fl.c.specialize(def, types, prelude, false);
    Type ret = s.ret;
    if (ret == null) {
      s.retUsedBeforeKnown = true;
      ret = Type.NONE;
    }
    Vt vt = ret.k() == K.NONE ? null : ret.vt();
    Ir.Expr callExpr = new Ir.Call(s.irName, vt, irs);
    if (vt == null) {
      return new TE(Type.NONE, seq(List.of(doo(callExpr)), i32(0)));
    }
    return new TE(ret, callExpr);
  }

  static TE attribute(FunctionLowerer fl, Attribute a) {
    if (a.attr().startsWith("__")) {
      throw fl.bail(DiagnosticCode.E0105, a.pos(), "dunder attributes like '" + a.attr() + "' are not accessible");
    }
    if (a.value() instanceof Subscript row && row.value() instanceof Attribute ia && ia.attr().equals("iloc")) {
      TE df = fl.expr(ia.value());
      if (df.type().k() == K.DF) {
        return rowValue(fl, df, a.attr(), row.index(), a.pos());
      }
    }
    TE base = fl.expr(a.value());
    Type t = base.type();
    switch (t.k()) {
      case MODULE -> {
        return switch (t.tag() + "." + a.attr()) {
          case "np.nan", "math.nan" -> new TE(Type.FLOAT, f64(Double.NaN));
          case "np.inf", "math.inf", "np.Inf", "np.PINF" -> new TE(Type.FLOAT, f64(Double.POSITIVE_INFINITY));
          case "np.NINF" -> new TE(Type.FLOAT, f64(Double.NEGATIVE_INFINITY));
          case "np.pi", "math.pi" -> new TE(Type.FLOAT, f64(Math.PI));
          case "np.e", "math.e" -> new TE(Type.FLOAT, f64(Math.E));
          case "math.tau" -> new TE(Type.FLOAT, f64(2 * Math.PI));
          case "np.float64", "np.int64", "np.float32", "np.int32", "np.int_", "np.float_", "np.bool_",
              "np.ndarray", "pd.Series", "pd.DataFrame", "np.errstate" ->
              new TE(Type.func("np." + a.attr()), i32(0));
          default -> throw fl.bail(DiagnosticCode.E0104, a.pos(), t.tag() + "." + a.attr()
              + " is not supported; supported names are listed in docs/strategy-language.md");
        };
      }
      case DF -> {
        if (a.attr().equals("copy") || a.attr().equals("iloc")) {
          throw fl.bail(DiagnosticCode.E0205, a.pos(), "use df." + a.attr() + (a.attr().equals("copy") ? "()"
              : "[i]['column']"));
        }
        return Frames.column(fl, base, a.attr(), a.pos());
      }
      case ARRAY, SERIES -> {
        switch (a.attr()) {
          case "values" -> {
            return new TE(Type.array(t.elem()), base.ir());
          }
          case "size" -> {
            return new TE(Type.INT, len(base.ir()));
          }
          case "shape" -> {
            return Tuples.make(fl, List.of(new TE(Type.INT, len(base.ir()))));
          }
          default -> {}
        }
      }
      default -> {}
    }
    throw fl.bail(DiagnosticCode.E0205, a.pos(), t + " has no supported attribute '" + a.attr() + "'");
  }

  static TE subscript(FunctionLowerer fl, Subscript s) {
    Expr baseExpr = s.value();
    boolean iloc = false;
    if (baseExpr instanceof Attribute at && at.attr().equals("iloc")) {
      // df.iloc[i]['close'] and df.iloc[i].close are handled by the outer access
      iloc = true;
      baseExpr = at.value();
    } else if (baseExpr instanceof Attribute at && at.attr().equals("loc")) {
      return Locs.read(fl, at, s);
    }
    if (baseExpr instanceof Subscript inner && inner.value() instanceof Attribute ia && ia.attr().equals("iloc")) {
      TE df = fl.expr(ia.value());
      if (df.type().k() == K.DF) {
        String col = Exprs.constString(fl, s.index());
        return rowValue(fl, df, col, inner.index(), s.pos());
      }
    }
    TE base = fl.expr(baseExpr);
    Type t = base.type();
    if (t.k() == K.DF) {
      if (iloc) {
        throw fl.bail(DiagnosticCode.E0110, s.pos(), "take a column first: df['close'].iloc[i], or"
            + " df.iloc[i]['close']");
      }
      return Frames.column(fl, base, Exprs.constString(fl, s.index()), s.pos());
    }
    if (t.k() == K.TUPLE) {
      if (!(s.index() instanceof IntLit il)) {
        throw fl.bail(DiagnosticCode.E0210, s.index().pos(), "tuple indices must be integer literals");
      }
      int i = (int) (il.value() < 0 ? il.value() + t.items().size() : il.value());
      if (i < 0 || i >= t.items().size()) {
        throw fl.bail(DiagnosticCode.E0201, s.index().pos(), "tuple index out of range");
      }
      return Tuples.item(base.ir(), t, i);
    }
    if (t.k() == K.DICT) {
      return Dicts.get(fl, base, Exprs.constString(fl, s.index()), s.pos());
    }
    if (t.k() == K.LIST) {
      if (s.index() instanceof Slice) {
        throw fl.bail(DiagnosticCode.E0110, s.pos(), "list slices are not supported; use np.array(...)[a:b]");
      }
      return Lists.get(fl, base, fl.expr(s.index()), s.pos());
    }
    if (!t.isVector()) {
      throw fl.bail(DiagnosticCode.E0204, s.pos(), t + " cannot be indexed");
    }
    if (s.index() instanceof Slice sl) {
      TE r = fl.c.callPrelude(fl, "__slice", Exprs.sliceArgs(fl, new TE(Type.array(t.elem()), base.ir()), sl),
          s.pos());
      return new TE(new Type(t.k(), t.elem(), null, null), r.ir());
    }
    TE idx = fl.expr(s.index());
    if (idx.type().isVector()) {
      String name = idx.type().elem() == K.BOOL ? "__mask" : "__take";
      TE r = fl.c.callPrelude(fl, name, List.of(new TE(Type.array(t.elem()), base.ir()),
          new TE(Type.array(idx.type().elem()), idx.ir())), s.pos());
      return new TE(new Type(t.k(), t.elem(), null, null), r.ir());
    }
    if (!(idx.type().isInt() || idx.type().k() == K.BOOL)) {
      throw fl.bail(DiagnosticCode.E0201, s.index().pos(), "array indices must be integers, not " + idx.type());
    }
    Exprs.lookAhead(fl, s.index());
    if (t.k() == K.SERIES && !iloc) {
      // s[i] on a RangeIndex is a label lookup: labels below 0 or past the end do not exist (KeyError)
      List<Ir.Stmt> pre = new ArrayList<>();
      TE i = fl.temp(new TE(Type.INT, Scalars.toI(idx)), pre);
      TE bs = fl.temp(base, pre);
      base = bs;
      pre.add(iff(bin("i64.ge_u", i.ir(), len(bs.ir())), io.peripheral.strategy.lower.RuntimeFuncs.raise(
          Layout.E_KEY, fl.line(s.pos()), i.ir())));
      TE v = Vectors.load(t.elem(), base.ir(), i.ir());
      Ir.Expr addr = Elements.addr(fl, base.ir(), i.ir(), fl.line(s.pos()));
      return new TE(v.type(), seq(pre, loadElem(t.elem(), addr)));
    }
    Ir.Expr addr = Elements.addr(fl, base.ir(), Scalars.toI(idx), fl.line(s.pos()));
    return new TE(Type.scalarOf(t.elem()), loadElem(t.elem(), addr));
  }

  static Ir.Expr loadElem(K elem, Ir.Expr addr) {
    return switch (elem) {
      case FLOAT -> loadF(addr);
      case INT -> loadI(addr);
      default -> un("i32.wrap_i64", loadI(addr));
    };
  }

  /** df.iloc[i]['col']: one element of a column. */
  static TE rowValue(FunctionLowerer fl, TE df, String col, Expr index, Pos pos) {
    TE column = Frames.column(fl, df, col, pos);
    TE idx = fl.expr(index);
    Ir.Expr addr = Elements.addr(fl, column.ir(), Scalars.toI(idx), fl.line(pos));
    K elem = column.type().elem();
    return new TE(Type.scalarOf(elem), loadElem(elem, addr));
  }

  /** Lowers an optional argument, or returns the default. */
  static TE opt(FunctionLowerer fl, Map<String, Expr> args, String name, TE dflt) {
    Expr e = args.get(name);
    if (e == null || e instanceof NoneLit) {
      return dflt;
    }
    return fl.expr(e);
  }

  static TE req(FunctionLowerer fl, Map<String, Expr> args, String name) {
    return fl.expr(args.get(name));
  }

  static long constInt(FunctionLowerer fl, Map<String, Expr> args, String name, long dflt) {
    Expr e = args.get(name);
    if (e == null || e instanceof NoneLit) {
      return dflt;
    }
    Object v = fl.c.constValue(e);
    if (v instanceof Long l) {
      return l;
    }
    throw fl.bail(DiagnosticCode.E0210, e.pos(), "'" + name + "' must be an integer constant");
  }

  static boolean constBool(FunctionLowerer fl, Map<String, Expr> args, String name, boolean dflt) {
    Expr e = args.get(name);
    if (e == null) {
      return dflt;
    }
    Object v = fl.c.constValue(e);
    if (v instanceof Boolean b) {
      return b;
    }
    throw fl.bail(DiagnosticCode.E0210, e.pos(), "'" + name + "' must be True or False");
  }

  /** A dtype argument: float, int, bool, np.float64, np.int64, 'float64', ... or null when absent. */
  static K dtype(FunctionLowerer fl, Expr e) {
    if (e == null || e instanceof NoneLit) {
      return null;
    }
    String n = e instanceof Name nm ? nm.id() : e instanceof Attribute at ? at.attr()
        : e instanceof StrLit s ? s.value() : "";
    return switch (n) {
      case "float", "float64", "float_", "double", "float32" -> K.FLOAT;
      case "int", "int64", "int_", "int32", "intp" -> K.INT;
      case "bool", "bool_" -> K.BOOL;
      default -> throw fl.bail(DiagnosticCode.E0104, e.pos(), "unsupported dtype; use float, int or bool");
    };
  }
}
