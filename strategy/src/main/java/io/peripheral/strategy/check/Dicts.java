package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.List;

/** Dicts with string-literal keys and number values (screen results). Kind: 0 float, 1 int, 2 bool. */
final class Dicts {
  private Dicts() {}

  static Ir.Expr key(FunctionLowerer fl, String key, Type valueType) {
    long kind = valueType.k() == K.BOOL ? 2 : valueType.isInt() ? 1 : 0;
    return i64(fl.c.stringId(key) | (kind << 32));
  }

  static TE literal(FunctionLowerer fl, DictExpr d) {
    int l = fl.newLocal(Vt.I32);
    List<Ir.Stmt> s = new ArrayList<>();
    s.add(set(l, B.call("__list_new", Vt.I32)));
    for (int i = 0; i < d.keys().size(); i++) {
      String key = Exprs.constString(fl, d.keys().get(i));
      TE v = fl.expr(d.values().get(i));
      if (!v.type().isNumber()) {
        throw fl.bail(io.peripheral.strategy.DiagnosticCode.E0202, d.values().get(i).pos(),
            "dict values must be numbers or booleans, not " + v.type());
      }
      s.add(doo(B.call("__dict_set", null, B.get(l, Vt.I32), key(fl, key, v.type()),
          un("i64.reinterpret_f64", Scalars.toF(v)))));
    }
    return new TE(Type.DICT, seq(s, B.get(l, Vt.I32)));
  }

  static TE get(FunctionLowerer fl, TE d, String key, Pos pos) {
    return new TE(Type.FLOAT, B.call("__dict_get", Vt.F64, d.ir(), i64(fl.c.stringId(key)), fl.line(pos)));
  }
}
