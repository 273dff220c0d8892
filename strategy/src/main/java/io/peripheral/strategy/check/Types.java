package io.peripheral.strategy.check;

import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.syntax.Node.Pos;
import java.util.ArrayList;
import java.util.List;

/** Joining types where control flow merges, and converting values to a joined type. */
final class Types {
  private Types() {}

  private static int rank(K k) {
    return switch (k) {
      case BOOL -> 0;
      case INT, NPINT -> 1;
      default -> 2;
    };
  }

  private static K elemJoin(K a, K b) {
    return rank(a) >= rank(b) ? a : b;
  }

  /** The least type holding both, or null when there is none. */
  static Type join(Type a, Type b) {
    if (a == null) {
      return b;
    }
    if (b == null || a.equals(b)) {
      return a;
    }
    if (a.isNumber() && b.isNumber()) {
      boolean np = a.isNp() || b.isNp();
      int r = Math.max(rank(a.k()), rank(b.k()));
      if (r == 0) {
        return Type.BOOL;
      }
      if (r == 1) {
        return np ? Type.NPINT : Type.INT;
      }
      return np ? Type.NPFLOAT : Type.FLOAT;
    }
    if (a.isVector() && a.k() == b.k()) {
      return new Type(a.k(), elemJoin(a.elem(), b.elem()), null, null);
    }
    if (a.k() == K.LIST && b.k() == K.LIST) {
      if (a.listElem() == null) {
        return b;
      }
      if (b.listElem() == null) {
        return a;
      }
      Type e = join(a.listElem(), b.listElem());
      return e != null && e.equals(a.listElem()) && e.equals(b.listElem()) ? Type.list(e) : null;
    }
    if (a.k() == K.TUPLE && b.k() == K.TUPLE && a.items().size() == b.items().size()) {
      List<Type> items = new ArrayList<>();
      for (int i = 0; i < a.items().size(); i++) {
        Type j = join(a.items().get(i), b.items().get(i));
        if (j == null) {
          return null;
        }
        items.add(j);
      }
      return Type.tuple(items);
    }
    return null;
  }

  /** Converts v to target (which join produced from v's type). */
  static Ir.Expr convert(FunctionLowerer fl, TE v, Type target, Pos pos) {
    Type t = v.type();
    if (t.equals(target)) {
      return v.ir();
    }
    if (target.k() == K.OPTIONAL) {
      return Optionals.convert(fl, v, target, pos);
    }
    if (target.isNumber() && t.isNumber()) {
      return Scalars.coerce(v, target);
    }
    if (target.isVector() && t.isVector()) {
      if (t.elem() == target.elem()) {
        return v.ir();
      }
      return Vectors.map(fl.c, "astype" + target.elem(), List.of(v),
          (e, line) -> new TE(Type.scalarOf(target.elem()), Scalars.coerce(e.get(0), Type.scalarOf(target.elem()))),
          fl.line(pos)).ir();
    }
    if (target.k() == K.TUPLE && t.k() == K.TUPLE) {
      boolean same = true;
      for (int i = 0; i < t.items().size(); i++) {
        same &= t.items().get(i).vt() == target.items().get(i).vt();
      }
      if (same) {
        return v.ir();
      }
      List<Ir.Stmt> pre = new ArrayList<>();
      TE tmp = fl.temp(v, pre);
      List<TE> items = new ArrayList<>();
      for (int i = 0; i < t.items().size(); i++) {
        TE it = Tuples.item(tmp.ir(), t, i);
        items.add(new TE(target.items().get(i), convert(fl, it, target.items().get(i), pos)));
      }
      return new Ir.Seq(pre, Tuples.make(fl, items).ir());
    }
    return v.ir();
  }
}
