package io.peripheral.strategy.check;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.syntax.Node.*;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slices are copies here while numpy and pandas return views, so writing through a slice would silently differ:
 * {@code a[2:5][0] = 1}, or {@code w = a[2:5]} followed by {@code w[0] = 1} or {@code w += 1}. Those writes are
 * error E0211 (the fix is an explicit {@code .copy()} or writing to the original). Mutating the original after taking
 * a slice is the other direction of the same difference; it is documented, not detected.
 */
final class SliceWrites {
  private SliceWrites() {}

  /** Names a function body binds directly to a basic slice (x[a:b], x.iloc[a:b], x.loc[a:b]). */
  static Set<String> sliceNames(List<Stmt> body) {
    Set<String> out = new HashSet<>();
    collect(body, out);
    return out;
  }

  private static void collect(List<Stmt> body, Set<String> out) {
    for (Stmt s : body) {
      if (s instanceof Assign a && isSlice(a.value())) {
        for (Expr t : a.targets()) {
          if (t instanceof Name n) {
            out.add(n.id());
          }
        }
      } else if (s instanceof AnnAssign a && a.target() instanceof Name n && a.value() != null && isSlice(a.value())) {
        out.add(n.id());
      } else if (s instanceof If i) {
        collect(i.body(), out);
        collect(i.orelse(), out);
      } else if (s instanceof For f) {
        collect(f.body(), out);
      } else if (s instanceof While w) {
        collect(w.body(), out);
      } else if (s instanceof With w) {
        collect(w.body(), out);
      } else if (s instanceof Try t) {
        collect(t.body(), out);
        collect(t.orelse(), out);
        collect(t.finalBody(), out);
        t.handlers().forEach(h -> collect(h.body(), out));
      }
    }
  }

  static boolean isSlice(Expr e) {
    return e instanceof Subscript s && s.index() instanceof Slice;
  }

  /** Reports E0211 when the store target base writes through a slice; base is the subscripted expression. */
  static void checkStore(FunctionLowerer fl, Expr base, Pos pos) {
    Expr b = base instanceof Attribute at && (at.attr().equals("iloc") || at.attr().equals("loc")) ? at.value() : base;
    if (isSlice(b)) {
      throw fl.bail(DiagnosticCode.E0211, pos, "this writes into a slice, which is a copy here (numpy and pandas"
          + " would write through a view into the original); assign to the original with the combined index");
    }
    if (b instanceof Name n && fl.sliceNames.contains(n.id()) && fl.readVar(n) != null
        && fl.readVar(n).type().isVector()) {
      throw fl.bail(DiagnosticCode.E0211, pos, "'" + n.id() + "' holds a slice, which is a copy here (numpy and"
          + " pandas would change the original too); write '" + n.id() + " = ....copy()' to make the copy explicit,"
          + " or assign to the original");
    }
  }
}
