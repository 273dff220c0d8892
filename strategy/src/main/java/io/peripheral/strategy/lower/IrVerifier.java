package io.peripheral.strategy.lower;

import io.peripheral.strategy.lower.Ir.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks IR value types before encoding, naming the function and node (a compiler self-check). */
public final class IrVerifier {
  private final Map<String, Func> funcs = new HashMap<>();
  private Func cur;
  private List<Vt> locals;

  private IrVerifier(Ir.Module m) {
    for (Func f : m.funcs()) {
      funcs.put(f.name(), f);
    }
  }

  /** Throws IllegalStateException describing the first ill-typed node. */
  public static void verify(Ir.Module m) {
    IrVerifier v = new IrVerifier(m);
    for (Func f : m.funcs()) {
      v.cur = f;
      v.locals = new ArrayList<>(f.params());
      v.locals.addAll(f.locals());
      for (Stmt s : f.body()) {
        v.stmt(s);
      }
    }
  }

  private void fail(String what, Object node) {
    String text = String.valueOf(node);
    throw new IllegalStateException("IR type error in " + cur.name() + ": " + what + " in "
        + (text.length() > 300 ? text.substring(0, 300) : text));
  }

  private static Vt operandType(String op) {
    String p = op.substring(0, op.indexOf('.'));
    if (op.contains("convert_i64") || op.contains("extend_i32") && p.equals("f64")) {
      return Vt.I64;
    }
    if (op.equals("f64.convert_i32_s") || op.equals("f64.convert_i32_u") || op.startsWith("i64.extend_i32")) {
      return Vt.I32;
    }
    if (op.equals("i32.wrap_i64") || op.equals("f64.reinterpret_i64")) {
      return Vt.I64;
    }
    if (op.equals("i64.reinterpret_f64") || op.equals("i64.trunc_f64_s") || op.equals("i32.trunc_f64_s")) {
      return Vt.F64;
    }
    return switch (p) {
      case "i32" -> Vt.I32;
      case "i64" -> Vt.I64;
      default -> Vt.F64;
    };
  }

  private void expect(Expr e, Vt t, Object ctx) {
    Vt got = expr(e);
    if (got != t) {
      fail("expected " + t + " but found " + got, ctx);
    }
  }

  private void stmt(Stmt s) {
    if (s instanceof Set x) {
      expect(x.value(), locals.get(x.local()), s);
    } else if (s instanceof GSet x) {
      expect(x.value(), Vt.I32, s);
    } else if (s instanceof Store x) {
      expect(x.addr(), Vt.I32, s);
      expect(x.value(), operandType(x.op()), s);
    } else if (s instanceof Do x) {
      expr(x.expr());
    } else if (s instanceof If x) {
      expect(x.cond(), Vt.I32, s);
      x.then().forEach(this::stmt);
      x.orelse().forEach(this::stmt);
    } else if (s instanceof Loop x) {
      x.body().forEach(this::stmt);
      x.step().forEach(this::stmt);
    } else if (s instanceof Throw x) {
      expect(x.code(), Vt.I32, s);
    } else if (s instanceof TryCatch x) {
      x.body().forEach(this::stmt);
      x.handler().forEach(this::stmt);
      x.orelse().forEach(this::stmt);
    } else if (s instanceof Return x) {
      if (x.value() != null) {
        expect(x.value(), cur.result(), s);
      } else if (cur.result() != null) {
        fail("missing return value", s);
      }
    }
  }

  private Vt expr(Expr e) {
    if (e instanceof Get g) {
      if (locals.get(g.local()) != g.type()) {
        fail("local " + g.local() + " is " + locals.get(g.local()), e);
      }
    } else if (e instanceof Bin b) {
      Vt t = b.op().startsWith("memory") ? Vt.I32 : operandType(b.op());
      expect(b.a(), t, e);
      expect(b.b(), t, e);
    } else if (e instanceof Un u) {
      if (!u.op().equals("memory.size")) {
        expect(u.a(), u.op().equals("memory.grow") ? Vt.I32 : operandType(u.op()), e);
      }
    } else if (e instanceof Call c) {
      Func f = funcs.get(c.func());
      if (f == null) {
        fail("unknown function " + c.func(), e);
      }
      if (f.params().size() != c.args().size()) {
        fail("arity " + c.args().size() + " for " + f.params(), e);
      }
      for (int i = 0; i < c.args().size(); i++) {
        expect(c.args().get(i), f.params().get(i), e);
      }
      if (f.result() != c.type()) {
        fail("call result " + c.type() + " but " + c.func() + " returns " + f.result(), e);
      }
    } else if (e instanceof Load l) {
      expect(l.addr(), Vt.I32, e);
    } else if (e instanceof IfE i) {
      expect(i.cond(), Vt.I32, e);
      expect(i.then(), i.type(), e);
      expect(i.orelse(), i.type(), e);
    } else if (e instanceof Seq q) {
      q.stmts().forEach(this::stmt);
      return expr(q.value());
    } else if (e instanceof Tee t) {
      expect(t.value(), t.type(), e);
    }
    return e.type();
  }
}
