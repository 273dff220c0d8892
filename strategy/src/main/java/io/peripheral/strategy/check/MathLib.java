package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.syntax.Node.*;
import java.util.List;
import java.util.Map;

/** The math module: Python floats in, Python floats out, ValueError on domain errors. */
final class MathLib {
  private MathLib() {}

  static TE call(FunctionLowerer fl, String name, Call call) {
    Pos pos = call.pos();
    Checker c = fl.c;
    switch (name) {
      case "sqrt", "log10", "log2", "exp", "fabs", "log1p", "expm1" -> {
        TE x = num(fl, Library.req(fl, Args.bind(fl, call, "math." + name, "x"), "x"), pos);
        if (name.equals("fabs")) {
          return new TE(Type.FLOAT, un("f64.abs", Scalars.toF(x)));
        }
        String f = c.specializePrelude("__math_" + name, List.of(Type.FLOAT, Type.INT));
        return new TE(Type.FLOAT, B.call(f, Vt.F64, Scalars.toF(x), un("i64.extend_i32_u", fl.line(pos))));
      }
      case "log" -> {
        Map<String, Expr> a = Args.bind(fl, call, "math.log", "x", "base?");
        TE x = num(fl, Library.req(fl, a, "x"), pos);
        String f = c.specializePrelude("__math_log", List.of(Type.FLOAT, Type.INT));
        Ir.Expr r = B.call(f, Vt.F64, Scalars.toF(x), un("i64.extend_i32_u", fl.line(pos)));
        TE base = Library.opt(fl, a, "base", null);
        if (base != null) {
          r = B.call("__fdivpy", Vt.F64, r, B.call(f, Vt.F64, Scalars.toF(num(fl, base, pos)),
              un("i64.extend_i32_u", fl.line(pos))), fl.line(pos));
        }
        return new TE(Type.FLOAT, r);
      }
      case "pow" -> {
        Map<String, Expr> a = Args.bind(fl, call, "math.pow", "x", "y");
        TE x = num(fl, Library.req(fl, a, "x"), pos);
        TE y = num(fl, Library.req(fl, a, "y"), pos);
        String f = c.specializePrelude("__pow", List.of(Type.FLOAT, Type.FLOAT, Type.INT, Type.BOOL));
        return new TE(Type.FLOAT, B.call(f, Vt.F64, Scalars.toF(x), Scalars.toF(y), un("i64.extend_i32_u",
            fl.line(pos)), i32(1)));
      }
      case "floor", "ceil", "trunc" -> {
        TE x = num(fl, Library.req(fl, Args.bind(fl, call, "math." + name, "x"), "x"), pos);
        if (!x.type().isFloat()) {
          return new TE(Type.INT, Scalars.toI(x));
        }
        return new TE(Type.INT, B.call("__f2i", Vt.I64, un("f64." + name, x.ir()), fl.line(pos)));
      }
      case "isnan", "isinf", "isfinite" -> {
        TE x = num(fl, Library.req(fl, Args.bind(fl, call, "math." + name, "x"), "x"), pos);
        TE r = Numpy.ufuncLike(fl, name, List.of(new TE(Type.FLOAT, Scalars.toF(x))), pos,
            (e, line) -> Numpy.elem(fl, name, e, line));
        return new TE(Type.BOOL, r.ir());
      }
      case "copysign" -> {
        Map<String, Expr> a = Args.bind(fl, call, "math.copysign", "x", "y");
        return new TE(Type.FLOAT, bin("f64.copysign", Scalars.toF(num(fl, Library.req(fl, a, "x"), pos)),
            Scalars.toF(num(fl, Library.req(fl, a, "y"), pos))));
      }
      default -> throw fl.bail(DiagnosticCode.E0104, pos, "math." + name + " is not supported; supported: sqrt, log,"
          + " log10, log2, exp, floor, ceil, trunc, fabs, isnan, isinf, isfinite, pow, copysign");
    }
  }

  private static TE num(FunctionLowerer fl, TE x, Pos pos) {
    if (!x.type().isNumber()) {
      throw fl.bail(DiagnosticCode.E0201, pos, "math functions take numbers, not " + x.type()
          + "; use the numpy function for arrays");
    }
    return x;
  }
}
