package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.lower.RuntimeFuncs;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Generates element-wise helper functions: one loop per (operation, argument types), broadcasting scalars and
 * checking that vector lengths agree (numpy raises ValueError when shapes do not broadcast).
 */
final class Vectors {
  private Vectors() {}

  /** Loads element i of an array of the given element kind as a numpy scalar. */
  static TE load(K elem, Ir.Expr ptr, Ir.Expr i) {
    Ir.Expr addr = elemAddr(ptr, i);
    return switch (elem) {
      case FLOAT -> new TE(Type.NPFLOAT, loadF(addr));
      case INT -> new TE(Type.NPINT, loadI(addr));
      default -> new TE(Type.BOOL, un("i32.wrap_i64", loadI(addr)));
    };
  }

  /** Stores a scalar into element i, converting it to the element kind. */
  static Ir.Stmt store(K elem, Ir.Expr ptr, Ir.Expr i, TE v) {
    Ir.Expr addr = elemAddr(ptr, i);
    return switch (elem) {
      case FLOAT -> new Ir.Store("f64.store", addr, Scalars.toF(v), 0);
      case INT -> new Ir.Store("i64.store", addr, Scalars.coerce(v, Type.INT), 0);
      default -> new Ir.Store("i64.store", addr, un("i64.extend_i32_u", Scalars.coerce(v, Type.BOOL)), 0);
    };
  }

  static Ir.Stmt store(K elem, Ir.Expr addr, TE v) {
    return switch (elem) {
      case FLOAT -> new Ir.Store("f64.store", addr, Scalars.toF(v), 0);
      case INT -> new Ir.Store("i64.store", addr, Scalars.coerce(v, Type.INT), 0);
      default -> new Ir.Store("i64.store", addr, un("i64.extend_i32_u", Scalars.coerce(v, Type.BOOL)), 0);
    };
  }

  /**
   * Applies f element-wise over args (vectors and scalars mixed); the result is a Series when any argument is one.
   * Returns null when f rejects the element types.
   */
  static TE map(Checker c, String name, List<TE> args, BiFunction<List<TE>, Ir.Expr, TE> f, Ir.Expr line) {
    boolean series = false;
    List<Vt> params = new ArrayList<>();
    List<TE> elems = new ArrayList<>();
    StringBuilder key = new StringBuilder("__map_" + name);
    int lineLocal = args.size();
    int n = lineLocal + 1;
    int i = n + 1;
    int out = i + 1;
    for (int k = 0; k < args.size(); k++) {
      Type t = args.get(k).type();
      key.append('_').append(t.k() == K.SERIES ? "s" : "").append(t.isVector() ? "v" + t.elem() : t.k());
      if (t.isVector()) {
        series |= t.k() == K.SERIES;
        params.add(Vt.I32);
        elems.add(load(t.elem(), B.get(k, Vt.I32), B.get(i, Vt.I64)));
      } else {
        params.add(t.vt());
        elems.add(new TE(t, get(k, t.vt())));
      }
    }
    TE r = f.apply(elems, B.get(lineLocal, Vt.I32));
    if (r == null || !r.type().isNumber()) {
      return null;
    }
    K outElem = r.type().elemKind();
    Type outType = series ? Type.series(outElem) : Type.array(outElem);
    String fname = key.toString().replaceAll("[^A-Za-z0-9_]", "");
    if (!c.helpers.containsKey(fname)) {
      List<Ir.Stmt> body = new ArrayList<>();
      boolean first = true;
      for (int k = 0; k < args.size(); k++) {
        if (!args.get(k).type().isVector()) {
          continue;
        }
        if (first) {
          body.add(set(n, len(B.get(k, Vt.I32))));
          first = false;
        } else {
          body.add(iff(bin("i64.ne", len(B.get(k, Vt.I32)), B.get(n, Vt.I64)),
              RuntimeFuncs.raise(Layout.E_BROADCAST, B.get(lineLocal, Vt.I32), len(B.get(k, Vt.I32)))));
        }
      }
      body.add(set(out, B.call("__newarr", Vt.I32, B.get(n, Vt.I64))));
      body.add(set(i, i64(0)));
      body.add(new Ir.Loop(0, List.of(
          iff(bin("i64.ge_s", B.get(i, Vt.I64), B.get(n, Vt.I64)), List.of(new Ir.Break(0))),
          store(outElem, B.get(out, Vt.I32), B.get(i, Vt.I64), r)),
          List.of(set(i, bin("i64.add", B.get(i, Vt.I64), i64(1))))));
      body.add(ret(B.get(out, Vt.I32)));
      List<Vt> allParams = new ArrayList<>(params);
      allParams.add(Vt.I32);
      c.helpers.put(fname, new Ir.Func(fname, allParams, Vt.I32, List.of(Vt.I64, Vt.I64, Vt.I32), body, null));
    }
    List<Ir.Expr> callArgs = new ArrayList<>();
    for (TE a : args) {
      callArgs.add(a.ir());
    }
    callArgs.add(line);
    return new TE(outType, new Ir.Call(fname, Vt.I32, callArgs));
  }
}
