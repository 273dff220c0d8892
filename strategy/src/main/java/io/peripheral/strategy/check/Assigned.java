package io.peripheral.strategy.check;

import io.peripheral.strategy.syntax.Node.*;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The names a block of statements may rebind (assignment targets, loop targets, handler names), nested blocks too. */
final class Assigned {
  private Assigned() {}

  static Set<String> in(List<Stmt> body) {
    Set<String> out = new HashSet<>();
    for (Stmt s : body) {
      stmt(s, out);
    }
    return out;
  }

  private static void stmt(Stmt s, Set<String> out) {
    if (s instanceof Assign a) {
      a.targets().forEach(t -> target(t, out));
    } else if (s instanceof AugAssign a) {
      target(a.target(), out);
    } else if (s instanceof AnnAssign a) {
      target(a.target(), out);
    } else if (s instanceof For f) {
      target(f.target(), out);
      out.addAll(in(f.body()));
    } else if (s instanceof While w) {
      out.addAll(in(w.body()));
    } else if (s instanceof If i) {
      out.addAll(in(i.body()));
      out.addAll(in(i.orelse()));
    } else if (s instanceof With w) {
      out.addAll(in(w.body()));
    } else if (s instanceof Try t) {
      out.addAll(in(t.body()));
      out.addAll(in(t.orelse()));
      out.addAll(in(t.finalBody()));
      for (Handler h : t.handlers()) {
        if (h.name() != null) {
          out.add(h.name());
        }
        out.addAll(in(h.body()));
      }
    } else if (s instanceof FunctionDef f) {
      out.add(f.name());
    }
  }

  private static void target(Expr t, Set<String> out) {
    if (t instanceof Name n) {
      out.add(n.id());
    } else if (t instanceof TupleExpr tt) {
      tt.elts().forEach(e -> target(e, out));
    } else if (t instanceof ListExpr l) {
      l.elts().forEach(e -> target(e, out));
    } else if (t instanceof Starred st) {
      target(st.value(), out);
    }
  }
}
