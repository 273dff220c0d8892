package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.runtime.FormatSpec;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Python builtins: len range min max abs sum round int float bool print. */
final class Builtins {
  private Builtins() {}

  static TE call(FunctionLowerer fl, String name, Call call) {
    Pos pos = call.pos();
    switch (name) {
      case "len" -> {
        Map<String, Expr> a = Args.bind(fl, call, "len", "x");
        TE x = Library.req(fl, a, "x");
        return switch (x.type().k()) {
          case ARRAY, SERIES, LIST -> new TE(Type.INT, len(x.ir()));
          case DF -> Frames.nrows(x);
          case TUPLE -> new TE(Type.INT, seq(List.of(doo(x.ir())), i64(x.type().items().size())));
          default -> throw fl.bail(DiagnosticCode.E0204, pos, "len() of " + x.type() + " is not supported");
        };
      }
      case "abs" -> {
        TE x = Library.req(fl, Args.bind(fl, call, "abs", "x"), "x");
        return Numpy.ufunc(fl, "abs", List.of(x), pos, false);
      }
      case "int", "float", "bool" -> {
        Map<String, Expr> a = Args.bind(fl, call, name, "x?");
        if (!a.containsKey("x")) {
          return name.equals("float") ? new TE(Type.FLOAT, f64(0)) : name.equals("int") ? new TE(Type.INT, i64(0))
              : new TE(Type.BOOL, i32(0));
        }
        TE x = Library.req(fl, a, "x");
        if (!x.type().isNumber()) {
          throw fl.bail(DiagnosticCode.E0204, pos, name + "() of " + x.type() + " is not supported");
        }
        if (name.equals("float")) {
          return new TE(Type.FLOAT, Scalars.toF(x));
        }
        if (name.equals("bool")) {
          return new TE(Type.BOOL, Scalars.truth(x));
        }
        if (x.type().isFloat()) {
          return new TE(Type.INT, B.call("__f2i", Vt.I64, x.ir(), fl.line(pos)));
        }
        return new TE(Type.INT, Scalars.toI(x));
      }
      case "round" -> {
        Map<String, Expr> a = Args.bind(fl, call, "round", "x", "ndigits?");
        TE x = Library.req(fl, a, "x");
        if (!x.type().isNumber()) {
          throw fl.bail(DiagnosticCode.E0204, pos, "round() of " + x.type() + " is not supported");
        }
        if (a.get("ndigits") == null || a.get("ndigits") instanceof NoneLit) {
          if (!x.type().isFloat()) {
            return new TE(Type.INT, Scalars.toI(x));
          }
          return new TE(Type.INT, B.call("__f2i", Vt.I64, un("f64.nearest", x.ir()), fl.line(pos)));
        }
        TE d = Library.req(fl, a, "ndigits");
        TE r = fl.c.callPrelude(fl, "__round", List.of(new TE(Type.FLOAT, Scalars.toF(x)),
            new TE(Type.INT, Scalars.toI(d))), pos);
        return new TE(x.type().isNp() ? Type.NPFLOAT : Type.FLOAT, r.ir());
      }
      case "min", "max" -> {
        if (!call.keywords().isEmpty()) {
          throw fl.bail(DiagnosticCode.E0206, pos, name + "() keyword arguments (key=, default=) are not supported");
        }
        if (call.args().size() == 1) {
          TE x = fl.expr(call.args().get(0));
          if (x.type().isVector()) {
            x = new TE(Type.array(x.type().elem()), x.ir());
          } else if (x.type().k() != K.LIST) {
            throw fl.bail(DiagnosticCode.E0204, pos, name + "() of " + x.type() + " is not supported");
          }
          return fl.c.callPrelude(fl, "__py" + name, List.of(x), pos);
        }
        if (call.args().isEmpty()) {
          throw fl.bail(DiagnosticCode.E0203, pos, name + "() expects at least one argument");
        }
        List<Ir.Stmt> pre = new ArrayList<>();
        TE acc = null;
        for (Expr e : call.args()) {
          TE v = fl.expr(e);
          if (!v.type().isNumber()) {
            throw fl.bail(DiagnosticCode.E0204, e.pos(), name + "() of " + v.type() + " is not supported");
          }
          if (acc == null) {
            acc = fl.temp(v, pre);
            continue;
          }
          Type j = Types.join(acc.type(), v.type());
          TE vv = fl.temp(new TE(j, Types.convert(fl, v, j, pos)), pre);
          TE aa = new TE(j, Types.convert(fl, acc, j, pos));
          TE cmp = Scalars.compare(name.equals("max") ? ">" : "<", vv, aa);
          acc = fl.temp(new TE(j, new Ir.IfE(cmp.ir(), vv.ir(), aa.ir(), j.vt())), pre);
        }
        return new TE(acc.type(), seq(pre, acc.ir()));
      }
      case "sum" -> {
        Map<String, Expr> a = Args.bind(fl, call, "sum", "x", "start?");
        TE x = Library.req(fl, a, "x");
        if (x.type().isVector()) {
          x = new TE(Type.array(x.type().elem()), x.ir());
        } else if (x.type().k() != K.LIST) {
          throw fl.bail(DiagnosticCode.E0204, pos, "sum() of " + x.type() + " is not supported");
        }
        TE start = Library.opt(fl, a, "start", new TE(Type.INT, i64(0)));
        return fl.c.callPrelude(fl, "__pysum", List.of(x, start), pos);
      }
      case "print" -> {
        return print(fl, call);
      }
      case "range", "enumerate", "zip" -> throw fl.bail(DiagnosticCode.E0110, pos, name
          + "() is supported only as the iterable of a for loop");
      case "list" -> {
        TE x = Library.req(fl, Args.bind(fl, call, "list", "x?"), "x");
        if (x.type().k() == K.LIST) {
          return fl.c.callPrelude(fl, "__list_concat", List.of(x, x), pos);
        }
        if (x.type().isVector()) {
          return fl.c.callPrelude(fl, "__array_to_list", List.of(new TE(Type.array(x.type().elem()), x.ir())), pos);
        }
        throw fl.bail(DiagnosticCode.E0204, pos, "list() of " + x.type() + " is not supported");
      }
      default -> throw fl.bail(DiagnosticCode.E0110, pos, name + "() is not supported in strategies");
    }
  }

  private static TE print(FunctionLowerer fl, Call call) {
    List<Ir.Stmt> out = new ArrayList<>();
    String sep = " ";
    String end = "\n";
    for (Keyword k : call.keywords()) {
      if (k.name().equals("sep")) {
        sep = Exprs.constString(fl, k.value());
      } else if (k.name().equals("end")) {
        end = Exprs.constString(fl, k.value());
      } else {
        throw fl.bail(DiagnosticCode.E0206, k.pos(), "print() supports sep= and end= only");
      }
    }
    boolean first = true;
    for (Expr e : call.args()) {
      if (!first) {
        out.add(log(Layout.L_STR, i64(fl.c.stringId(sep))));
      }
      first = false;
      if (e instanceof FString fs) {
        for (Expr part : fs.parts()) {
          if (part instanceof FormatField f) {
            out.addAll(field(fl, f));
          } else {
            out.add(log(Layout.L_STR, i64(fl.c.stringId(((StrLit) part).value()))));
          }
        }
        continue;
      }
      TE v = fl.exprOpt(e);
      if (v.type().k() == K.OPTIONAL) {
        out.add(orNone(fl, v, out, some -> printValue(fl, some, e)));
      } else {
        out.addAll(printValue(fl, v, e));
      }
    }
    out.add(log(Layout.L_STR, i64(fl.c.stringId(end))));
    return new TE(Type.NONE, seq(out, i32(0)));
  }

  /** Logs "None" when the optional v is None, else what some logs for its value; pre gets v's temporary. */
  private static Ir.Stmt orNone(FunctionLowerer fl, TE v, List<Ir.Stmt> pre,
      Function<TE, List<Ir.Stmt>> some) {
    TE tmp = fl.temp(v, pre);
    return iff(Optionals.isNone(tmp.ir(), v.type().valueType()), List.of(log(Layout.L_NONE, i64(0))),
        some.apply(Optionals.narrow(tmp)));
  }

  private static List<Ir.Stmt> printValue(FunctionLowerer fl, TE v, Expr e) {
    List<Ir.Stmt> out = new ArrayList<>();
    switch (v.type().k()) {
      case FLOAT, NPFLOAT -> out.add(log(Layout.L_FLOAT, un("i64.reinterpret_f64", v.ir())));
      case INT, NPINT -> out.add(log(Layout.L_INT, v.ir()));
      case BOOL -> out.add(log(Layout.L_BOOL, un("i64.extend_i32_u", v.ir())));
      case STR -> out.add(log(Layout.L_STR, un("i64.extend_i32_u", v.ir())));
      case NONE -> {
        out.add(doo(v.ir()));
        out.add(log(Layout.L_NONE, i64(0)));
      }
      default -> throw fl.bail(DiagnosticCode.E0204, e.pos(), "print() supports numbers, booleans, strings and"
          + " None; index the " + v.type() + " first");
    }
    return out;
  }

  /**
   * One f-string field. Without a spec a number prints as print() would (str is repr for numbers); with one, the
   * record's tag carries the spec's string id above its low byte and the host formats it (PyFormat.format).
   */
  private static List<Ir.Stmt> field(FunctionLowerer fl, FormatField f) {
    // without a spec None prints as None; with one Python raises TypeError, so an optional must be narrowed
    TE v = f.spec().isEmpty() ? fl.exprOpt(f.value()) : fl.expr(f.value());
    if (v.type().k() == K.OPTIONAL) {
      List<Ir.Stmt> out = new ArrayList<>();
      out.add(orNone(fl, v, out, some -> fieldValue(fl, f, some)));
      return out;
    }
    return fieldValue(fl, f, v);
  }

  private static List<Ir.Stmt> fieldValue(FunctionLowerer fl, FormatField f, TE v) {
    boolean spec = !f.spec().isEmpty();
    int specTag = spec ? (fl.c.stringId(f.spec()) + 1) << 8 : 0;
    if (spec) {
      K k = v.type().k();
      FormatSpec.Kind kind = k == K.STR ? FormatSpec.Kind.STR : k == K.FLOAT || k == K.NPFLOAT
          ? FormatSpec.Kind.FLOAT : FormatSpec.Kind.INT;
      String bad = FormatSpec.check(f.spec(), kind);
      if (bad != null) {
        throw fl.bail(DiagnosticCode.E0204, f.pos(), "f-string spec ':" + f.spec() + "': " + bad);
      }
    }
    List<Ir.Stmt> out = new ArrayList<>();
    switch (v.type().k()) {
      case FLOAT, NPFLOAT -> out.add(log((spec ? Layout.L_FFMT : Layout.L_FLOAT) | specTag,
          un("i64.reinterpret_f64", v.ir())));
      case INT, NPINT -> out.add(log((spec ? Layout.L_IFMT : Layout.L_INT) | specTag, v.ir()));
      // format(True, spec) with a non-empty spec formats the int 1, as Python's bool inherits int.__format__
      case BOOL -> out.add(log((spec ? Layout.L_IFMT : Layout.L_BOOL) | specTag, un("i64.extend_i32_u", v.ir())));
      case STR -> {
        Ir.Expr id = un("i64.extend_i32_u", v.ir());
        if (f.conversion() == 'r') {
          if (spec) {
            throw fl.bail(DiagnosticCode.E0110, f.pos(), "!r with a format spec is not supported for strings");
          }
          out.add(log(Layout.L_STR, i64(fl.c.stringId("'"))));
          out.add(log(Layout.L_STR, id));
          out.add(log(Layout.L_STR, i64(fl.c.stringId("'"))));
        } else {
          out.add(log((spec ? Layout.L_SFMT : Layout.L_STR) | specTag, id));
        }
      }
      case NONE -> {
        if (spec) {
          throw fl.bail(DiagnosticCode.E0204, f.pos(), "None cannot be formatted with a spec (Python raises"
              + " TypeError)");
        }
        out.add(doo(v.ir()));
        out.add(log(Layout.L_NONE, i64(0)));
      }
      default -> throw fl.bail(DiagnosticCode.E0204, f.pos(), "f-string fields support numbers, booleans, strings"
          + " and None; index the " + v.type() + " first");
    }
    return out;
  }

  private static Ir.Stmt log(int tag, Ir.Expr bits) {
    return doo(B.call("__log", null, i32(tag), bits));
  }
}
