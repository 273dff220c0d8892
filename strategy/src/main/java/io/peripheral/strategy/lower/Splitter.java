package io.peripheral.strategy.lower;

import io.peripheral.strategy.lower.Ir.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits large functions so every generated JVM method stays far below HotSpot's 8,000-byte huge-method limit. The
 * top-level statements of a large function are grouped into chunk functions; the function's locals live in a frame on a
 * shadow stack in linear memory, which each chunk copies into its own locals on entry and back on exit. A chunk that
 * executes a {@code return} stores the value in the frame and returns 1 so the parent returns it.
 */
public final class Splitter {
  /** Approximate IR nodes per function above which it is split, and the target size of a chunk. */
  static final int SPLIT_ABOVE = 900;
  static final int CHUNK = 600;
  static final int STACK_BYTES = 8 << 20;

  private Splitter() {}

  public static List<Func> split(List<Func> funcs) {
    List<Func> out = new ArrayList<>();
    for (Func f : funcs) {
      if (size(f.body()) > SPLIT_ABOVE && f.body().size() > 1) {
        out.addAll(splitOne(f));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** Runtime support: __frame_push(bytes) -> fp and __frame_pop(fp), on an 8 MiB shadow stack. */
  public static List<Func> runtime() {
    Vt i32 = Vt.I32;
    return List.of(
        new Func("__frame_push", List.of(i32), i32, List.of(i32), List.of(
            B.iff(B.un("i32.eqz", new GGet(Layout.G_SP, i32)), List.of(
                new GSet(Layout.G_SP, B.call("__alloc", i32, B.i64(STACK_BYTES))),
                new GSet(Layout.G_SPEND, B.bin("i32.add", new GGet(Layout.G_SP, i32), B.i32(STACK_BYTES))))),
            B.set(1, new GGet(Layout.G_SP, i32)),
            B.iff(B.bin("i32.gt_u", B.bin("i32.add", B.get(1, i32), B.get(0, i32)), new GGet(Layout.G_SPEND, i32)),
                RuntimeFuncs.raise(Layout.E_RECURSION, B.i32(0), B.i64(0))),
            new GSet(Layout.G_SP, B.bin("i32.add", B.get(1, i32), B.get(0, i32))),
            B.ret(B.get(1, i32))), null),
        new Func("__frame_pop", List.of(i32), null, List.of(), List.of(new GSet(Layout.G_SP, B.get(0, i32))), null));
  }

  private static List<Func> splitOne(Func f) {
    List<Vt> all = new ArrayList<>(f.params());
    all.addAll(f.locals());
    int n = all.size();
    int frameBytes = 8 * (n + 1);
    List<List<Stmt>> chunks = new ArrayList<>();
    List<Stmt> cur = new ArrayList<>();
    int curSize = 0;
    for (Stmt s : f.body()) {
      int sz = size(List.of(s));
      if (!cur.isEmpty() && curSize + sz > CHUNK) {
        chunks.add(cur);
        cur = new ArrayList<>();
        curSize = 0;
      }
      cur.add(s);
      curSize += sz;
    }
    chunks.add(cur);
    List<Func> out = new ArrayList<>();
    List<Stmt> parent = new ArrayList<>();
    int fp = f.params().size();
    parent.add(B.set(fp, B.call("__frame_push", Vt.I32, B.i32(frameBytes))));
    for (int i = 0; i < f.params().size(); i++) {
      parent.add(store(all.get(i), B.get(fp, Vt.I32), 8 * i, B.get(i, all.get(i))));
    }
    for (int c = 0; c < chunks.size(); c++) {
      String name = f.name() + "$part" + c;
      // only the locals this chunk touches are copied in and out, renumbered after the frame pointer
      java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
      java.util.TreeSet<Integer> written = new java.util.TreeSet<>();
      for (Stmt s : chunks.get(c)) {
        collect(s, used, written);
      }
      int[] map = new int[n];
      List<Vt> chunkLocals = new ArrayList<>();
      for (int l : used) {
        map[l] = 1 + chunkLocals.size();
        chunkLocals.add(all.get(l));
      }
      List<Stmt> body = new ArrayList<>();
      for (int l : used) {
        body.add(B.set(map[l], new Load(all.get(l).name().toLowerCase() + ".load", all.get(l), B.get(0, Vt.I32),
            8 * l)));
      }
      Rewriter rw = new Rewriter(f.result(), n, map);
      for (Stmt s : chunks.get(c)) {
        body.add(rw.stmt(s));
      }
      for (int l : written) {
        body.add(store(all.get(l), B.get(0, Vt.I32), 8 * l, B.get(map[l], all.get(l))));
      }
      body.add(B.ret(B.i32(0)));
      out.add(new Func(name, List.of(Vt.I32), Vt.I32, chunkLocals, body, null));
      List<Stmt> onReturn = new ArrayList<>();
      Expr value = f.result() == null ? null
          : new Load(f.result().name().toLowerCase() + ".load", f.result(), B.get(fp, Vt.I32), 8 * n);
      if (value != null) {
        onReturn.add(B.set(fp + 1 + f.result().ordinal(), value));
      }
      onReturn.add(B.doo(B.call("__frame_pop", null, B.get(fp, Vt.I32))));
      onReturn.add(new Return(value == null ? null : B.get(fp + 1 + f.result().ordinal(), f.result())));
      parent.add(B.iff(B.call(name, Vt.I32, B.get(fp, Vt.I32)), onReturn));
    }
    parent.add(B.doo(B.call("__frame_pop", null, B.get(fp, Vt.I32))));
    // parent locals: fp, then one scratch local per value type for the returned value
    out.add(0, new Func(f.name(), f.params(), f.result(), List.of(Vt.I32, Vt.I32, Vt.I64, Vt.F64), parent,
        f.export()));
    return out;
  }

  private static Stmt store(Vt t, Expr addr, int offset, Expr v) {
    return new Store(t.name().toLowerCase() + ".store", addr, v, offset);
  }

  /** Shifts local indices by one (the frame pointer is parameter 0) and turns returns into frame writes. */
  private static final class Rewriter {
    private final Vt result;
    private final int n;
    private final int[] map;

    Rewriter(Vt result, int n, int[] map) {
      this.result = result;
      this.n = n;
      this.map = map;
    }

    Stmt stmt(Stmt s) {
      if (s instanceof Set x) {
        return new Set(map[x.local()], expr(x.value()));
      } else if (s instanceof GSet x) {
        return new GSet(x.global(), expr(x.value()));
      } else if (s instanceof Store x) {
        return new Store(x.op(), expr(x.addr()), expr(x.value()), x.offset());
      } else if (s instanceof Do x) {
        return new Do(expr(x.expr()));
      } else if (s instanceof If x) {
        return new If(expr(x.cond()), stmts(x.then()), stmts(x.orelse()));
      } else if (s instanceof Loop x) {
        return new Loop(x.id(), stmts(x.body()), stmts(x.step()));
      } else if (s instanceof Throw x) {
        return new Throw(expr(x.code()));
      } else if (s instanceof TryCatch x) {
        return new TryCatch(stmts(x.body()), map[x.codeLocal()], stmts(x.handler()), stmts(x.orelse()));
      } else if (s instanceof Return x) {
        List<Stmt> seq = new ArrayList<>();
        if (x.value() != null) {
          seq.add(store(result, B.get(0, Vt.I32), 8 * n, expr(x.value())));
        }
        seq.add(new Return(B.i32(1)));
        return new If(B.i32(1), seq, List.of());
      }
      return s;
    }

    List<Stmt> stmts(List<Stmt> ss) {
      List<Stmt> out = new ArrayList<>();
      for (Stmt s : ss) {
        out.add(stmt(s));
      }
      return out;
    }

    Expr expr(Expr e) {
      if (e instanceof Get g) {
        return new Get(map[g.local()], g.type());
      } else if (e instanceof Tee t) {
        return new Tee(map[t.local()], expr(t.value()), t.type());
      } else if (e instanceof Bin b) {
        return new Bin(b.op(), b.type(), expr(b.a()), expr(b.b()));
      } else if (e instanceof Un u) {
        return new Un(u.op(), u.type(), expr(u.a()));
      } else if (e instanceof Call c) {
        List<Expr> args = new ArrayList<>();
        for (Expr a : c.args()) {
          args.add(expr(a));
        }
        return new Call(c.func(), c.type(), args);
      } else if (e instanceof Load l) {
        return new Load(l.op(), l.type(), expr(l.addr()), l.offset());
      } else if (e instanceof IfE i) {
        return new IfE(expr(i.cond()), expr(i.then()), expr(i.orelse()), i.type());
      } else if (e instanceof Seq q) {
        return new Seq(stmts(q.stmts()), expr(q.value()));
      }
      return e;
    }
  }

  private static void collect(Stmt s, java.util.Set<Integer> used, java.util.Set<Integer> written) {
    if (s instanceof Set x) {
      used.add(x.local());
      written.add(x.local());
      collect(x.value(), used, written);
    } else if (s instanceof GSet x) {
      collect(x.value(), used, written);
    } else if (s instanceof Store x) {
      collect(x.addr(), used, written);
      collect(x.value(), used, written);
    } else if (s instanceof Do x) {
      collect(x.expr(), used, written);
    } else if (s instanceof If x) {
      collect(x.cond(), used, written);
      x.then().forEach(t -> collect(t, used, written));
      x.orelse().forEach(t -> collect(t, used, written));
    } else if (s instanceof Loop x) {
      x.body().forEach(t -> collect(t, used, written));
      x.step().forEach(t -> collect(t, used, written));
    } else if (s instanceof Return x && x.value() != null) {
      collect(x.value(), used, written);
    } else if (s instanceof Throw x) {
      collect(x.code(), used, written);
    } else if (s instanceof TryCatch x) {
      used.add(x.codeLocal());
      written.add(x.codeLocal());
      x.body().forEach(t -> collect(t, used, written));
      x.handler().forEach(t -> collect(t, used, written));
      x.orelse().forEach(t -> collect(t, used, written));
    }
  }

  private static void collect(Expr e, java.util.Set<Integer> used, java.util.Set<Integer> written) {
    if (e instanceof Get g) {
      used.add(g.local());
    } else if (e instanceof Tee t) {
      used.add(t.local());
      written.add(t.local());
      collect(t.value(), used, written);
    } else if (e instanceof Bin b) {
      collect(b.a(), used, written);
      collect(b.b(), used, written);
    } else if (e instanceof Un u) {
      collect(u.a(), used, written);
    } else if (e instanceof Call c) {
      c.args().forEach(a -> collect(a, used, written));
    } else if (e instanceof Load l) {
      collect(l.addr(), used, written);
    } else if (e instanceof IfE i) {
      collect(i.cond(), used, written);
      collect(i.then(), used, written);
      collect(i.orelse(), used, written);
    } else if (e instanceof Seq q) {
      q.stmts().forEach(t -> collect(t, used, written));
      collect(q.value(), used, written);
    }
  }

  static int size(List<Stmt> ss) {
    int n = 0;
    for (Stmt s : ss) {
      n += size(s);
    }
    return n;
  }

  private static int size(Stmt s) {
    if (s instanceof Set x) {
      return 1 + size(x.value());
    } else if (s instanceof GSet x) {
      return 1 + size(x.value());
    } else if (s instanceof Store x) {
      return 1 + size(x.addr()) + size(x.value());
    } else if (s instanceof Do x) {
      return 1 + size(x.expr());
    } else if (s instanceof If x) {
      return 2 + size(x.cond()) + size(x.then()) + size(x.orelse());
    } else if (s instanceof Loop x) {
      return 4 + size(x.body()) + size(x.step());
    } else if (s instanceof Return x) {
      return 1 + (x.value() == null ? 0 : size(x.value()));
    } else if (s instanceof TryCatch x) {
      return 6 + size(x.body()) + size(x.handler()) + size(x.orelse());
    }
    return 1;
  }

  private static int size(Expr e) {
    if (e instanceof Bin b) {
      return 1 + size(b.a()) + size(b.b());
    } else if (e instanceof Un u) {
      return 1 + size(u.a());
    } else if (e instanceof Call c) {
      int n = 1;
      for (Expr a : c.args()) {
        n += size(a);
      }
      return n;
    } else if (e instanceof Load l) {
      return 1 + size(l.addr());
    } else if (e instanceof IfE i) {
      return 2 + size(i.cond()) + size(i.then()) + size(i.orelse());
    } else if (e instanceof Seq q) {
      return size(q.stmts()) + size(q.value());
    } else if (e instanceof Tee t) {
      return 1 + size(t.value());
    }
    return 1;
  }
}
