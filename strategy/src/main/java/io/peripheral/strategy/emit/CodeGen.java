package io.peripheral.strategy.emit;

import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Flattens one IR function into a stack-machine instruction list with resolved labels and indices. */
final class CodeGen {
  private final Map<String, Integer> funcIndex;
  private final List<Insn> out = new ArrayList<>();
  /** Open labels from outermost to innermost: loop id * 4 + kind (0 break, 1 continue-target, 2 other). */
  private final List<Long> labels = new ArrayList<>();

  private CodeGen(Map<String, Integer> funcIndex) {
    this.funcIndex = funcIndex;
  }

  static List<Insn> generate(Ir.Func f, Map<String, Integer> funcIndex) {
    CodeGen g = new CodeGen(funcIndex);
    for (Stmt s : f.body()) {
      g.stmt(s);
    }
    if (f.result() != null) {
      g.out.add(Insn.of("unreachable"));
    }
    g.out.add(Insn.of("end"));
    return g.out;
  }

  static int blockType(Vt t) {
    return t == null ? -1 : t.ordinal();
  }

  private static String prefix(Vt t) {
    return t.name().toLowerCase();
  }

  private void push(long label) {
    labels.add(label);
  }

  private void pop() {
    labels.remove(labels.size() - 1);
  }

  private int depthOf(long label) {
    for (int i = labels.size() - 1; i >= 0; i--) {
      if (labels.get(i) == label) {
        return labels.size() - 1 - i;
      }
    }
    throw new IllegalStateException("branch to a label that is not open: " + label);
  }

  private void stmt(Stmt s) {
    if (s instanceof Set x) {
      expr(x.value());
      out.add(Insn.of("local.set", x.local()));
    } else if (s instanceof GSet x) {
      expr(x.value());
      out.add(Insn.of("global.set", x.global()));
    } else if (s instanceof Store x) {
      expr(x.addr());
      expr(x.value());
      out.add(Insn.of(x.op(), x.offset()));
    } else if (s instanceof Do x) {
      expr(x.expr());
      if (x.expr().type() != null) {
        out.add(Insn.of("drop"));
      }
    } else if (s instanceof If x) {
      expr(x.cond());
      out.add(Insn.of("if", -1));
      push(-2);
      for (Stmt t : x.then()) {
        stmt(t);
      }
      if (!x.orelse().isEmpty()) {
        out.add(Insn.of("else"));
        for (Stmt t : x.orelse()) {
          stmt(t);
        }
      }
      pop();
      out.add(Insn.of("end"));
    } else if (s instanceof Loop x) {
      out.add(Insn.of("block", -1));
      push(x.id() * 4L);
      out.add(Insn.of("loop", -1));
      push(x.id() * 4L + 3);
      out.add(Insn.of("block", -1));
      push(x.id() * 4L + 1);
      for (Stmt t : x.body()) {
        stmt(t);
      }
      pop();
      out.add(Insn.of("end"));
      for (Stmt t : x.step()) {
        stmt(t);
      }
      out.add(Insn.of("br", depthOf(x.id() * 4L + 3)));
      pop();
      out.add(Insn.of("end"));
      pop();
      out.add(Insn.of("end"));
    } else if (s instanceof Break x) {
      out.add(Insn.of("br", depthOf(x.loop() * 4L)));
    } else if (s instanceof Continue x) {
      out.add(Insn.of("br", depthOf(x.loop() * 4L + 1)));
    } else if (s instanceof Return x) {
      if (x.value() != null) {
        expr(x.value());
      }
      out.add(Insn.of("return"));
    } else if (s instanceof Throw x) {
      expr(x.code());
      out.add(Insn.of("throw", 0));
    } else if (s instanceof TryCatch x) {
      // block $done { block $h (result i32) { try_table (catch 0 $h) { body } orelse; br $done } local.set; handler }
      out.add(Insn.of("block", -1));
      push(-3);
      out.add(Insn.of("block", 0));
      push(-4);
      out.add(Insn.of("try_table", 0));
      push(-5);
      for (Stmt t : x.body()) {
        stmt(t);
      }
      pop();
      out.add(Insn.of("end"));
      for (Stmt t : x.orelse()) {
        stmt(t);
      }
      out.add(Insn.of("br", 1));
      pop();
      out.add(Insn.of("end"));
      out.add(Insn.of("local.set", x.codeLocal()));
      for (Stmt t : x.handler()) {
        stmt(t);
      }
      pop();
      out.add(Insn.of("end"));
    } else if (s instanceof Trap x) {
      out.add(Insn.of("unreachable"));
    }
  }

  private void expr(Expr e) {
    if (e instanceof Const c) {
      out.add(new Insn(prefix(c.type()) + ".const", c.bits(), null));
    } else if (e instanceof Get g) {
      out.add(Insn.of("local.get", g.local()));
    } else if (e instanceof GGet g) {
      out.add(Insn.of("global.get", g.global()));
    } else if (e instanceof Tee t) {
      expr(t.value());
      out.add(Insn.of("local.tee", t.local()));
    } else if (e instanceof Bin b) {
      expr(b.a());
      expr(b.b());
      out.add(Insn.of(b.op()));
    } else if (e instanceof Un u) {
      if (!u.op().equals("memory.size")) {
        expr(u.a());
      }
      out.add(Insn.of(u.op()));
    } else if (e instanceof Call c) {
      for (Expr a : c.args()) {
        expr(a);
      }
      Integer idx = funcIndex.get(c.func());
      if (idx == null) {
        throw new IllegalStateException("call to unknown function " + c.func());
      }
      out.add(new Insn("call", idx, c.func()));
    } else if (e instanceof Load l) {
      expr(l.addr());
      out.add(Insn.of(l.op(), l.offset()));
    } else if (e instanceof IfE i) {
      expr(i.cond());
      out.add(Insn.of("if", blockType(i.type())));
      push(-2);
      expr(i.then());
      out.add(Insn.of("else"));
      expr(i.orelse());
      pop();
      out.add(Insn.of("end"));
    } else if (e instanceof Seq q) {
      for (Stmt s : q.stmts()) {
        stmt(s);
      }
      expr(q.value());
    }
  }
}
