package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.syntax.Node.Compare;
import io.peripheral.strategy.syntax.Node.Expr;
import io.peripheral.strategy.syntax.Node.FunctionDef;
import io.peripheral.strategy.syntax.Node.Name;
import io.peripheral.strategy.syntax.Node.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * Optional[T]: a T or None, held in T's own WebAssembly value with one bit pattern reserved for None, so optionals
 * live in ordinary locals, parameters and results and a narrowed optional is the same value retyped (no boxing, no
 * heap). The reserved patterns: a NaN with a payload no arithmetic produces (floats; real NaNs stay NaN), the
 * smallest int64 (ints: making an Optional of exactly -2**63 fails with OverflowError rather than read back as None),
 * 2 (bools), and the null address 0 (arrays, Series, tuples, lists and dicts, which never live at address 0).
 */
final class Optionals {
  private Optionals() {}

  /** Quiet NaN with payload "NONE": arithmetic on real numbers never yields it (only the sentinel itself would). */
  static final long NONE_F64_BITS = 0x7ff8_0000_4e4f_4e45L;
  static final long NONE_I64 = Long.MIN_VALUE;
  static final int NONE_BOOL = 2;

  /** Whether T may be made optional (types whose values have a spare bit pattern to mean None). */
  static boolean optionable(Type t) {
    return switch (t.k()) {
      case INT, FLOAT, BOOL, NPINT, NPFLOAT, ARRAY, SERIES, TUPLE, DICT -> true;
      case LIST -> t.listElem() != null;
      default -> false;
    };
  }

  /**
   * The least type holding both where None is involved (None and T make Optional[T]); otherwise as
   * {@link Types#join}. Null when there is none.
   */
  static Type join(Type a, Type b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    boolean optional = a.k() == K.NONE || b.k() == K.NONE || a.k() == K.OPTIONAL || b.k() == K.OPTIONAL;
    if (!optional) {
      return Types.join(a, b);
    }
    Type va = valueOf(a);
    Type vb = valueOf(b);
    if (va == null && vb == null) {
      return Type.NONE;
    }
    Type v = va == null ? vb : vb == null ? va : Types.join(va, vb);
    return v != null && optionable(v) ? Type.optional(v) : null;
  }

  /** The value part: T for Optional[T], null for None, the type itself otherwise. */
  private static Type valueOf(Type t) {
    return t.k() == K.OPTIONAL ? t.valueType() : t.k() == K.NONE ? null : t;
  }

  /** The None value of Optional[value]. */
  static Ir.Expr none(Type value) {
    return switch (value.vt()) {
      case F64 -> new Ir.Const(Vt.F64, NONE_F64_BITS);
      case I64 -> i64(NONE_I64);
      case I32 -> i32(value.k() == K.BOOL ? NONE_BOOL : 0);
    };
  }

  /** i32 1 when the optional read by v (a side-effect free expression: a local, a load) is None. */
  static Ir.Expr isNone(Ir.Expr v, Type value) {
    return switch (value.vt()) {
      case F64 -> bin("i64.eq", un("i64.reinterpret_f64", v), i64(NONE_F64_BITS));
      case I64 -> bin("i64.eq", v, i64(NONE_I64));
      case I32 -> value.k() == K.BOOL ? bin("i32.eq", v, i32(NONE_BOOL)) : un("i32.eqz", v);
    };
  }

  /** The value of an optional known not to be None: the same bits, retyped. */
  static TE narrow(TE v) {
    return new TE(v.type().valueType(), v.ir());
  }

  /** Converts v (None, a value, or another optional) to the representation of Optional[target's value]. */
  static Ir.Expr convert(FunctionLowerer fl, TE v, Type target, Pos pos) {
    Type value = target.valueType();
    Type t = v.type();
    if (t.k() == K.NONE) {
      return seq(List.of(doo(v.ir())), none(value));
    }
    List<Ir.Stmt> pre = new ArrayList<>();
    if (t.k() == K.OPTIONAL) {
      if (sameBits(t.valueType(), value)) {
        return v.ir();
      }
      TE tmp = fl.temp(v, pre);
      Ir.Expr some = Types.convert(fl, narrow(tmp), value, pos);
      return seq(pre, new Ir.IfE(isNone(tmp.ir(), t.valueType()), none(value), box(fl, some, value, pos),
          value.vt()));
    }
    return box(fl, Types.convert(fl, v, value, pos), value, pos);
  }

  /** A value of type value as an optional: only an int can collide with its None pattern. */
  private static Ir.Expr box(FunctionLowerer fl, Ir.Expr some, Type value, Pos pos) {
    if (value.vt() != Vt.I64 || some instanceof Ir.Const k && k.bits() != NONE_I64) {
      return some;
    }
    List<Ir.Stmt> pre = new ArrayList<>();
    TE tmp = fl.temp(new TE(value, some), pre);
    return seq(pre, new Ir.IfE(bin("i64.eq", tmp.ir(), i64(NONE_I64)),
        fl.raise(Layout.E_OVERFLOW, pos, i64(0), Vt.I64), tmp.ir(), Vt.I64));
  }

  /** Whether optionals of a and b share a representation (so converting is a no-op). */
  private static boolean sameBits(Type a, Type b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.vt() == b.vt() && (a.k() == K.BOOL) == (b.k() == K.BOOL);
    }
    return a.isVector() && b.isVector() && a.elem() == b.elem();
  }

  /** Python truthiness of an optional (None is false) as i32; null when the value type has none here. */
  static Ir.Expr truth(FunctionLowerer fl, TE v, List<Ir.Stmt> pre) {
    Type value = v.type().valueType();
    TE tmp = fl.temp(v, pre);
    Ir.Expr some;
    if (value.k() == K.TUPLE) {
      some = i32(value.items().isEmpty() ? 0 : 1);
    } else if (value.k() == K.LIST) {
      some = bin("i64.ne", len(tmp.ir()), i64(0));
    } else {
      some = Scalars.truth(narrow(tmp));
    }
    if (some == null) {
      return null;
    }
    return new Ir.IfE(isNone(tmp.ir(), value), i32(0), some, Vt.I32);
  }

  /**
   * One comparison. {@code x is None}, {@code x == None} and their negations test an optional; {@code x == v} and
   * {@code x != v} compare its value (None equals nothing); other uses of an optional need it narrowed (E0212).
   */
  static TE compare(FunctionLowerer fl, Compare cmp) {
    String op = cmp.ops().get(0);
    Expr left = cmp.left();
    Expr right = cmp.rights().get(0);
    if (op.equals("in") || op.equals("not in")) {
      throw fl.bail(DiagnosticCode.E0110, cmp.pos(), "'" + op + "' is not supported; compare"
          + " values explicitly");
    }
    boolean equality = op.equals("is") || op.equals("is not") || op.equals("==") || op.equals("!=");
    if (!equality) {
      return Ops.compare(fl, op, fl.expr(left), fl.expr(right), cmp.pos());
    }
    TE a = fl.exprOpt(left);
    TE b = fl.exprOpt(right);
    boolean aOpt = a.type().k() == K.OPTIONAL;
    boolean bOpt = b.type().k() == K.OPTIONAL;
    if (!aOpt && !bOpt) {
      return Ops.compare(fl, op, a, b, cmp.pos());
    }
    boolean negate = op.equals("is not") || op.equals("!=");
    List<Ir.Stmt> pre = new ArrayList<>();
    if (aOpt && b.type().k() == K.NONE || bOpt && a.type().k() == K.NONE) {
      TE opt = fl.temp(aOpt ? a : b, pre);
      pre.add(doo((aOpt ? b : a).ir()));
      Ir.Expr none = isNone(opt.ir(), opt.type().valueType());
      return new TE(Type.BOOL, seq(pre, negate ? un("i32.eqz", none) : none));
    }
    boolean numbers = (aOpt ? a.type().valueType() : a.type()).isNumber()
        && (bOpt ? b.type().valueType() : b.type()).isNumber();
    if (op.startsWith("is") || !numbers) {
      throw mayBeNone(fl, aOpt ? left : right, (aOpt ? a : b).type());
    }
    if (aOpt && bOpt) {
      // None == None, and None equals no number
      TE ta = fl.temp(a, pre);
      TE tb = fl.temp(b, pre);
      Ir.Expr na = isNone(ta.ir(), ta.type().valueType());
      Ir.Expr nb = isNone(tb.ir(), tb.type().valueType());
      Ir.Expr eq = Ops.compare(fl, "==", narrow(ta), narrow(tb), cmp.pos()).ir();
      Ir.Expr r = new Ir.IfE(na, nb, new Ir.IfE(nb, i32(0), eq, Vt.I32), Vt.I32);
      return new TE(Type.BOOL, seq(pre, negate ? un("i32.eqz", r) : r));
    }
    TE ta = fl.temp(a, pre);
    TE tb = fl.temp(b, pre);
    TE opt = aOpt ? ta : tb;
    TE some = narrow(opt);
    TE eq = Ops.compare(fl, op, aOpt ? some : ta, aOpt ? tb : some, cmp.pos());
    return new TE(Type.BOOL, seq(pre, new Ir.IfE(isNone(opt.ir(), opt.type().valueType()), i32(negate ? 1 : 0),
        eq.ir(), Vt.I32)));
  }

  /** E0212 at e, an optional used where its value is needed. */
  static FunctionLowerer.Bail mayBeNone(FunctionLowerer fl, Expr e, Type t) {
    if (e instanceof Name n) {
      return fl.bail(DiagnosticCode.E0212, e.pos(), "'" + n.id() + "' may be None here (" + t + "); test '" + n.id()
          + " is None' first (and return, continue or break), or use it under 'if " + n.id() + " is not None:'");
    }
    return fl.bail(DiagnosticCode.E0212, e.pos(), "this value may be None here (" + t + "); assign it to a variable"
        + " and test 'is None' first");
  }

  /**
   * Whether the user helper being lowered returns a value on some path and can also reach its end, which returns
   * None as in Python (its result is then optional). E0208 when the value's type cannot be optional.
   */
  static boolean fallsOffWithValue(FunctionLowerer fl, FunctionDef def) {
    Type ret = fl.retType;
    if (fl.spec.entry || fl.spec.prelude || ret == null || ret.k() == K.NONE || Narrowing.terminates(def.body())) {
      return false;
    }
    if (join(ret, Type.NONE) == null) {
      fl.c.error(DiagnosticCode.E0208, def.pos(), def.name() + "() returns " + ret + " but can also reach its end"
          + " (returning None), and a " + ret + " cannot be optional; end every path with a return");
      return false;
    }
    return true;
  }
}
