package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import java.util.ArrayList;
import java.util.List;

/** Tuples live in linear memory as 8-byte slots. */
final class Tuples {
  private Tuples() {}

  static TE make(FunctionLowerer fl, List<TE> items) {
    int l = fl.newLocal(Vt.I32);
    List<Ir.Stmt> s = new ArrayList<>();
    s.add(set(l, B.call("__alloc", Vt.I32, i64(8L * Math.max(1, items.size())))));
    List<Type> types = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      TE it = items.get(i);
      types.add(it.type());
      s.add(new Ir.Store(it.type().vt().name().toLowerCase() + ".store", B.get(l, Vt.I32), it.ir(), 8 * i));
    }
    return new TE(Type.tuple(types), seq(s, B.get(l, Vt.I32)));
  }

  static TE item(Ir.Expr ptr, Type tuple, int i) {
    Type t = tuple.items().get(i);
    return new TE(t, new Ir.Load(t.vt().name().toLowerCase() + ".load", t.vt(), ptr, 8 * i));
  }
}
