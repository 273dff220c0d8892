package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import java.util.List;

/**
 * Lowering of operations on scalars with Python and numpy semantics. Operand expressions may be evaluated more than
 * once only when they are side-effect free, so callers pass locals or loads.
 */
final class Scalars {
  private Scalars() {}

  static Ir.Expr toF(TE e) {
    return switch (e.type().k()) {
      case INT, NPINT -> un("f64.convert_i64_s", e.ir());
      case BOOL -> un("f64.convert_i32_s", e.ir());
      default -> e.ir();
    };
  }

  static Ir.Expr toI(TE e) {
    return e.type().k() == K.BOOL ? un("i64.extend_i32_u", e.ir()) : e.ir();
  }

  /** Converts a value to the representation of target (numbers only). */
  static Ir.Expr coerce(TE e, Type target) {
    if (target.isFloat()) {
      return toF(e);
    }
    if (target.isInt()) {
      if (e.type().isFloat()) {
        return B.call("__f2i_sat", Vt.I64, e.ir());
      }
      return toI(e);
    }
    if (target.k() == K.BOOL) {
      return truth(e);
    }
    return e.ir();
  }

  /** Python truthiness of a scalar as i32. */
  static Ir.Expr truth(TE e) {
    return switch (e.type().k()) {
      case BOOL -> e.ir();
      case INT, NPINT -> bin("i64.ne", e.ir(), i64(0));
      case FLOAT, NPFLOAT -> bin("f64.ne", e.ir(), f64(0));
      case NONE -> seq(List.of(doo(e.ir())), i32(0));
      default -> null;
    };
  }

  /** The type of an arithmetic result: floats win, numpy scalars win, bools count as ints. */
  static Type arith(Type a, Type b, boolean forceFloat) {
    boolean np = a.isNp() || b.isNp();
    boolean fl = forceFloat || a.isFloat() || b.isFloat();
    if (fl) {
      return np ? Type.NPFLOAT : Type.FLOAT;
    }
    return np ? Type.NPINT : Type.INT;
  }

  /** Lowers a binary arithmetic or bitwise operator; null when the operand types do not support it. */
  static TE binary(Checker c, String op, TE a, TE b, Ir.Expr line) {
    Type ta = a.type();
    Type tb = b.type();
    if (!ta.isNumber() || !tb.isNumber()) {
      return null;
    }
    boolean py = !ta.isNp() && !tb.isNp();
    switch (op) {
      case "+", "-", "*" -> {
        Type r = arith(ta, tb, false);
        String w = op.equals("+") ? "add" : op.equals("-") ? "sub" : "mul";
        if (r.isFloat()) {
          return new TE(r, bin("f64." + w, toF(a), toF(b)));
        }
        if (r.k() == K.INT) {
          Ir.Expr inline = w.equals("mul") ? null : CheckedInts.addSub(w, toI(a), toI(b), line);
          return new TE(r, inline != null ? inline : B.call("__i" + w, Vt.I64, toI(a), toI(b), line));
        }
        return new TE(r, bin("i64." + w, toI(a), toI(b)));
      }
      case "/" -> {
        Type r = arith(ta, tb, true);
        if (py) {
          return new TE(r, B.call("__fdivpy", Vt.F64, toF(a), toF(b), line));
        }
        return new TE(r, bin("f64.div", toF(a), toF(b)));
      }
      case "//", "%" -> {
        Type r = arith(ta, tb, false);
        boolean floor = op.equals("//");
        if (r.isFloat()) {
          String f = floor ? "__ffloordiv" : "__fmod";
          return py ? new TE(r, call(f + "py", Vt.F64, toF(a), toF(b), line))
              : new TE(r, B.call(f, Vt.F64, toF(a), toF(b)));
        }
        return new TE(r, call(floor ? "__ifloordiv" : "__imod", Vt.I64, toI(a), toI(b), line, i32(py ? 1 : 0)));
      }
      case "**" -> {
        Type r = arith(ta, tb, false);
        if (r.isFloat()) {
          String f = c.specializePrelude("__pow", List.of(Type.FLOAT, Type.FLOAT, Type.INT, Type.BOOL));
          return new TE(r, B.call(f, Vt.F64, toF(a), toF(b), un("i64.extend_i32_u", line), i32(py ? 1 : 0)));
        }
        String f = c.specializePrelude("__ipow", List.of(Type.INT, Type.INT, Type.INT));
        return new TE(r, B.call(f, Vt.I64, toI(a), toI(b), un("i64.extend_i32_u", line)));
      }
      case "&", "|", "^" -> {
        String w = op.equals("&") ? "and" : op.equals("|") ? "or" : "xor";
        if (ta.k() == K.BOOL && tb.k() == K.BOOL) {
          return new TE(Type.BOOL, bin("i32." + w, a.ir(), b.ir()));
        }
        if (ta.isFloat() || tb.isFloat()) {
          return null;
        }
        return new TE(arith(ta, tb, false), bin("i64." + w, toI(a), toI(b)));
      }
      case "<<", ">>" -> {
        if (ta.isFloat() || tb.isFloat()) {
          return null;
        }
        return new TE(arith(ta, tb, false), bin(op.equals("<<") ? "i64.shl" : "i64.shr_s", toI(a), toI(b)));
      }
      default -> {
        return null;
      }
    }
  }

  /** Lowers a comparison of two numbers to an i32 boolean; null when unsupported. */
  static TE compare(String op, TE a, TE b) {
    Type ta = a.type();
    Type tb = b.type();
    if (ta.k() == K.NONE || tb.k() == K.NONE) {
      if (op.equals("is") || op.equals("==")) {
        return new TE(Type.BOOL, i32(ta.k() == tb.k() ? 1 : 0));
      }
      if (op.equals("is not") || op.equals("!=")) {
        return new TE(Type.BOOL, i32(ta.k() == tb.k() ? 0 : 1));
      }
      return null;
    }
    if (ta.k() == K.STR && tb.k() == K.STR && (op.equals("==") || op.equals("!="))) {
      return new TE(Type.BOOL, bin(op.equals("==") ? "i32.eq" : "i32.ne", a.ir(), b.ir()));
    }
    if (!ta.isNumber() || !tb.isNumber()) {
      return null;
    }
    String suffix = switch (op) {
      case "<" -> "lt";
      case ">" -> "gt";
      case "<=" -> "le";
      case ">=" -> "ge";
      case "==", "is" -> "eq";
      case "!=", "is not" -> "ne";
      default -> null;
    };
    if (suffix == null) {
      return null;
    }
    if (ta.isFloat() || tb.isFloat()) {
      return new TE(Type.BOOL, bin("f64." + suffix, toF(a), toF(b)));
    }
    String s = suffix.equals("eq") || suffix.equals("ne") ? suffix : suffix + "_s";
    return new TE(Type.BOOL, bin("i64." + s, toI(a), toI(b)));
  }

  /** Unary minus, plus, invert and not. */
  static TE unary(String op, TE a) {
    Type t = a.type();
    switch (op) {
      case "not" -> {
        Ir.Expr tr = truth(a);
        return tr == null ? null : new TE(Type.BOOL, un("i32.eqz", tr));
      }
      case "-" -> {
        if (t.isFloat()) {
          return new TE(t, un("f64.neg", a.ir()));
        }
        if (t.isInt() || t.k() == K.BOOL) {
          Type r = t.k() == K.BOOL ? Type.INT : t;
          return new TE(r, bin(r.k() == K.INT ? "i64.sub" : "i64.sub", i64(0), toI(a)));
        }
        return null;
      }
      case "+" -> {
        return t.isNumber() ? new TE(t.k() == K.BOOL ? Type.INT : t, t.k() == K.BOOL ? toI(a) : a.ir()) : null;
      }
      case "~" -> {
        if (t.k() == K.BOOL) {
          // Python ~True == -2, numpy ~np.bool_(True) == False; scalars here are Python bools
          return new TE(Type.INT, bin("i64.xor", toI(a), i64(-1)));
        }
        if (t.isInt()) {
          return new TE(t, bin("i64.xor", a.ir(), i64(-1)));
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }
}
