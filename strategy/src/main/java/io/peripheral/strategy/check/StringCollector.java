package io.peripheral.strategy.check;

import io.peripheral.strategy.syntax.Children;
import io.peripheral.strategy.syntax.Node.*;
import java.util.List;
import java.util.function.Consumer;

/** Finds every string literal in a module (column names get fixed slots in the DataFrame table). */
final class StringCollector {
  private StringCollector() {}

  static void collect(List<Stmt> body, Consumer<String> sink) {
    for (Stmt s : body) {
      stmt(s, sink);
    }
  }

  /** Visits every expression node (for the reachability-independent safety scan). */
  static void expressions(List<Stmt> body, Consumer<Expr> sink) {
    Children.forEachNode(body, n -> {
      if (n instanceof Expr e) {
        sink.accept(e);
      }
    });
  }


  private static void stmt(Stmt s, Consumer<String> k) {
    if (s instanceof FunctionDef f) {
      for (Param p : f.params()) {
        expr(p.defaultValue(), k);
      }
      collect(f.body(), k);
    } else if (s instanceof Return r) {
      expr(r.value(), k);
    } else if (s instanceof Assign a) {
      a.targets().forEach(t -> expr(t, k));
      expr(a.value(), k);
    } else if (s instanceof AugAssign a) {
      expr(a.target(), k);
      expr(a.value(), k);
    } else if (s instanceof AnnAssign a) {
      expr(a.target(), k);
      expr(a.value(), k);
    } else if (s instanceof ExprStmt e) {
      expr(e.value(), k);
    } else if (s instanceof If i) {
      expr(i.test(), k);
      collect(i.body(), k);
      collect(i.orelse(), k);
    } else if (s instanceof For f) {
      expr(f.iter(), k);
      collect(f.body(), k);
    } else if (s instanceof While w) {
      expr(w.test(), k);
      collect(w.body(), k);
    } else if (s instanceof With w) {
      collect(w.body(), k);
    } else if (s instanceof Try t) {
      collect(t.body(), k);
      t.handlers().forEach(h -> collect(h.body(), k));
      collect(t.orelse(), k);
      collect(t.finalBody(), k);
    }
  }

  private static void expr(Expr e, Consumer<String> k) {
    if (e == null) {
      return;
    }
    if (e instanceof StrLit s) {
      k.accept(s.value());
    } else if (e instanceof BinOp b) {
      expr(b.left(), k);
      expr(b.right(), k);
    } else if (e instanceof UnaryOp u) {
      expr(u.operand(), k);
    } else if (e instanceof BoolOp b) {
      b.values().forEach(v -> expr(v, k));
    } else if (e instanceof Compare c) {
      expr(c.left(), k);
      c.rights().forEach(v -> expr(v, k));
    } else if (e instanceof IfExp i) {
      expr(i.test(), k);
      expr(i.body(), k);
      expr(i.orelse(), k);
    } else if (e instanceof Call c) {
      expr(c.func(), k);
      c.args().forEach(v -> expr(v, k));
      c.keywords().forEach(v -> expr(v.value(), k));
    } else if (e instanceof Attribute a) {
      expr(a.value(), k);
    } else if (e instanceof Subscript s) {
      expr(s.value(), k);
      expr(s.index(), k);
    } else if (e instanceof TupleExpr t) {
      t.elts().forEach(v -> expr(v, k));
    } else if (e instanceof ListExpr l) {
      l.elts().forEach(v -> expr(v, k));
    } else if (e instanceof DictExpr d) {
      d.keys().forEach(v -> expr(v, k));
      d.values().forEach(v -> expr(v, k));
    } else if (e instanceof ListComp l) {
      expr(l.elt(), k);
      expr(l.iter(), k);
    } else if (e instanceof Lambda l) {
      expr(l.body(), k);
    }
  }
}
