package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.check.Type.K;
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

  /** A pending element-wise operation: fused into an enclosing element-wise operation instead of materialized. */
  record Node(String name, List<TE> args, BiFunction<List<TE>, Ir.Expr, TE> f) {}

  /**
   * Applies f element-wise over args (vectors and scalars mixed); the result is a Series when any argument is one.
   * Arguments that are themselves element-wise results (not yet stored anywhere) are fused into the same loop.
   * Returns null when f rejects the element types.
   */
  static TE map(Checker c, String name, List<TE> args, BiFunction<List<TE>, Ir.Expr, TE> f, Ir.Expr line) {
    List<TE> leaves = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    boolean[] series = {false};
    collect(c, new Node(name, args, f), leaves, key, series);
    int lineLocal = leaves.size();
    int n = lineLocal + 1;
    int i = n + 1;
    int out = i + 1;
    List<Vt> locals = new ArrayList<>(List.of(Vt.I64, Vt.I64, Vt.I32));
    List<Ir.Stmt> perElement = new ArrayList<>();
    int[] next = {0};
    TE r = build(c, new Node(name, args, f), get(lineLocal, Vt.I32), i, next, leaves, locals, perElement, true);
    if (r == null || !r.type().isNumber()) {
      return null;
    }
    K outElem = r.type().elemKind();
    Type outType = series[0] ? Type.series(outElem) : Type.array(outElem);
    String k = key.toString();
    String fname = c.fusedNames.computeIfAbsent(k, x -> "__map" + c.fusedNames.size() + "_"
        + name.replaceAll("[^A-Za-z0-9_]", ""));
    if (!c.helpers.containsKey(fname)) {
      List<Ir.Stmt> body = new ArrayList<>();
      boolean first = true;
      for (int a = 0; a < leaves.size(); a++) {
        if (!leaves.get(a).type().isVector()) {
          continue;
        }
        if (first) {
          body.add(set(n, len(get(a, Vt.I32))));
          first = false;
        } else {
          body.add(iff(bin("i64.ne", len(get(a, Vt.I32)), get(n, Vt.I64)),
              RuntimeFuncs.raise(Layout.E_BROADCAST, get(lineLocal, Vt.I32), len(get(a, Vt.I32)))));
        }
      }
      body.add(set(out, call("__newarr", Vt.I32, get(n, Vt.I64))));
      body.add(set(i, i64(0)));
      List<Ir.Stmt> loop = new ArrayList<>();
      loop.add(iff(bin("i64.ge_s", get(i, Vt.I64), get(n, Vt.I64)), List.of(new Ir.Break(0))));
      loop.addAll(perElement);
      loop.add(store(outElem, get(out, Vt.I32), get(i, Vt.I64), r));
      body.add(new Ir.Loop(0, loop, List.of(set(i, bin("i64.add", get(i, Vt.I64), i64(1))))));
      body.add(ret(get(out, Vt.I32)));
      List<Vt> params = new ArrayList<>();
      for (TE leaf : leaves) {
        params.add(leaf.type().isVector() ? Vt.I32 : leaf.type().vt());
      }
      params.add(Vt.I32);
      c.helpers.put(fname, new Ir.Func(fname, params, Vt.I32, locals, body, null));
    }
    List<Ir.Expr> callArgs = new ArrayList<>();
    for (TE a : leaves) {
      callArgs.add(a.ir());
    }
    callArgs.add(line);
    Ir.Expr callExpr = new Ir.Call(fname, Vt.I32, callArgs);
    c.fusable.put(callExpr, new Node(name, args, f));
    return new TE(outType, callExpr);
  }

  private static boolean fusable(Checker c, TE arg) {
    return arg.type().isVector() && c.fusable.containsKey(arg.ir());
  }

  private static void collect(Checker c, Node node, List<TE> leaves, StringBuilder key, boolean[] series) {
    key.append(node.name()).append('(');
    for (TE a : node.args()) {
      Type t = a.type();
      series[0] |= t.k() == K.SERIES;
      if (fusable(c, a)) {
        collect(c, c.fusable.get(a.ir()), leaves, key, series);
      } else {
        leaves.add(a);
        key.append(t.isVector() ? "v" + t.elem() : t.k().name());
      }
      key.append(',');
    }
    key.append(')');
  }

  /** Element expression of node inside the loop; fused children are computed into locals first. */
  private static TE build(Checker c, Node node, Ir.Expr line, int i, int[] next, List<TE> leaves, List<Vt> locals,
      List<Ir.Stmt> perElement, boolean top) {
    List<TE> elems = new ArrayList<>();
    for (TE a : node.args()) {
      if (fusable(c, a)) {
        TE e = build(c, c.fusable.get(a.ir()), line, i, next, leaves, locals, perElement, false);
        if (e == null) {
          return null;
        }
        elems.add(e);
      } else {
        int p = next[0]++;
        Type t = a.type();
        elems.add(t.isVector() ? load(t.elem(), get(p, Vt.I32), get(i, Vt.I64)) : new TE(t, get(p, t.vt())));
      }
    }
    TE r = node.f().apply(elems, line);
    if (r == null || top) {
      return r;
    }
    // store the inner element as its array element kind would (numpy materializes it with that dtype)
    Type st = Type.scalarOf(r.type().elemKind());
    int l = leaves.size() + 1 + locals.size();
    locals.add(st.vt());
    perElement.add(set(l, Scalars.coerce(r, st)));
    return new TE(st, get(l, st.vt()));
  }
}
