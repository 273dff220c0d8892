package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.RuntimeFuncs;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.List;

/** Low-level operations available only to the prelude (the library written in the strategy language itself). */
final class Intrinsics {
  private Intrinsics() {}

  static TE call(FunctionLowerer fl, String name, Call call) {
    List<TE> a = new ArrayList<>();
    for (Expr e : call.args()) {
      a.add(fl.expr(e));
    }
    Pos pos = call.pos();
    switch (name) {
      case "__uget" -> {
        // unchecked element read
        Type t = a.get(0).type();
        return new TE(Type.scalarOf(t.elem()), Library.loadElem(t.elem(), elemAddr(a.get(0).ir(),
            Scalars.toI(a.get(1)))));
      }
      case "__uset" -> {
        Type t = a.get(0).type();
        return new TE(Type.NONE, seq(List.of(Vectors.store(t.elem(), a.get(0).ir(), Scalars.toI(a.get(1)), a.get(2))),
            i32(0)));
      }
      case "__empty" -> {
        return new TE(Type.FARR, B.call("__newarr", Vt.I32, Scalars.toI(a.get(0))));
      }
      case "__empty_int" -> {
        return new TE(Type.IARR, B.call("__newarr", Vt.I32, Scalars.toI(a.get(0))));
      }
      case "__empty_bool" -> {
        return new TE(Type.BARR, B.call("__newarr", Vt.I32, Scalars.toI(a.get(0))));
      }
      case "__empty_like" -> {
        return new TE(Type.array(a.get(0).type().elem()), B.call("__newarr", Vt.I32, Scalars.toI(a.get(1))));
      }
      case "__bits" -> {
        return new TE(Type.INT, un("i64.reinterpret_f64", Scalars.toF(a.get(0))));
      }
      case "__from_bits" -> {
        return new TE(Type.FLOAT, un("f64.reinterpret_i64", Scalars.toI(a.get(0))));
      }
      case "__wrap_add" -> {
        return new TE(Type.INT, bin("i64.add", Scalars.coerce(a.get(0), Type.INT), Scalars.coerce(a.get(1), Type.INT)));
      }
      case "__wrap_mul" -> {
        return new TE(Type.INT, bin("i64.mul", Scalars.coerce(a.get(0), Type.INT), Scalars.coerce(a.get(1), Type.INT)));
      }
      case "__shl" -> {
        return new TE(Type.INT, bin("i64.shl", Scalars.coerce(a.get(0), Type.INT), Scalars.coerce(a.get(1), Type.INT)));
      }
      case "__shr_u" -> {
        return new TE(Type.INT, bin("i64.shr_u", Scalars.coerce(a.get(0), Type.INT), Scalars.coerce(a.get(1), Type.INT)));
      }
      case "__nearest" -> {
        return new TE(Type.FLOAT, un("f64.nearest", Scalars.toF(a.get(0))));
      }
      case "__raise" -> {
        // __raise(code, line)
        return new TE(Type.NONE, seq(RuntimeFuncs.raise((int) ((IntLit) call.args().get(0)).value(),
            un("i32.wrap_i64", Scalars.toI(a.get(1))), i64(0)), i32(0)));
      }
      case "__df_new" -> {
        return Frames.create(fl, a.get(0));
      }
      case "__as_bool" -> {
        return new TE(Type.BARR, a.get(0).ir());
      }
      case "__as_float_series" -> {
        return new TE(Type.FSER, a.get(0).ir());
      }
      case "__same_kind" -> {
        // __same_kind(like, arr): arr's pointer typed with like's element kind
        return new TE(Type.array(a.get(0).type().elem()), a.get(1).ir());
      }
      case "__df_rule" -> {
        return new TE(Type.INT, new Ir.Load("i64.load", Vt.I64, a.get(0).ir(), 8));
      }
      case "__df_set_rule" -> {
        return new TE(Type.NONE, seq(List.of(new Ir.Store("i64.store", a.get(0).ir(), Scalars.toI(a.get(1)),
            8)), i32(0)));
      }
      case "__empty_like_list" -> {
        Type e = a.get(0).type().listElem();
        return new TE(Type.array(e == null ? K.FLOAT : e.elemKind()), B.call("__newarr", Vt.I32, Scalars.toI(a.get(1))));
      }
      case "__set_len" -> {
        return new TE(Type.NONE, seq(List.of(store(Vt.I64, a.get(0).ir(), Scalars.toI(a.get(1)))), i32(0)));
      }
      case "__zero" -> {
        Type t = a.get(0).type();
        return t.elem() == K.FLOAT ? new TE(Type.NPFLOAT, f64(0)) : new TE(Type.NPINT, i64(0));
      }
      case "__is_float" -> {
        Type t = a.get(0).type();
        return new TE(Type.BOOL, i32(t.isVector() ? (t.elem() == K.FLOAT ? 1 : 0) : t.isFloat() ? 1 : 0));
      }
      default -> throw fl.bail(DiagnosticCode.E0101, pos, "unknown intrinsic " + name);
    }
  }
}
