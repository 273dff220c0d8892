package io.peripheral.strategy.check;

import io.peripheral.strategy.syntax.Node.*;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a condition proves about optional variables, and which blocks never complete normally: the facts behind
 * narrowing (after {@code if x is None: return}, x is not None). Only plain names are narrowed.
 */
final class Narrowing {
  private Narrowing() {}

  /** The names known not to be None when a condition is true, and when it is false. */
  record Facts(Set<String> ifTrue, Set<String> ifFalse) {
    static final Facts NONE = new Facts(Set.of(), Set.of());

    Facts {
      ifTrue = Set.copyOf(ifTrue);
      ifFalse = Set.copyOf(ifFalse);
    }

    Facts negate() {
      return new Facts(ifFalse, ifTrue);
    }
  }

  static Facts of(Expr test) {
    if (test instanceof Name n) {
      // truthiness: a truthy optional is not None
      return new Facts(Set.of(n.id()), Set.of());
    }
    if (test instanceof UnaryOp u && u.op().equals("not")) {
      return of(u.operand()).negate();
    }
    if (test instanceof Compare c && c.ops().size() == 1) {
      String name = noneTested(c.left(), c.rights().get(0));
      if (name == null) {
        return Facts.NONE;
      }
      return switch (c.ops().get(0)) {
        case "is", "==" -> new Facts(Set.of(), Set.of(name));
        case "is not", "!=" -> new Facts(Set.of(name), Set.of());
        default -> Facts.NONE;
      };
    }
    if (test instanceof BoolOp b) {
      boolean and = b.op().equals("and");
      Set<String> union = new HashSet<>();
      Set<String> inter = null;
      for (Expr v : b.values()) {
        Facts f = of(v);
        union.addAll(and ? f.ifTrue() : f.ifFalse());
        Set<String> other = and ? f.ifFalse() : f.ifTrue();
        if (inter == null) {
          inter = new HashSet<>(other);
        } else {
          inter.retainAll(other);
        }
      }
      // a and b is true when both are; false when either is (only what both falsities prove holds)
      return and ? new Facts(union, inter) : new Facts(inter, union);
    }
    return Facts.NONE;
  }

  /** What holds after an if: the facts of the branch that completes, or those both branches end with. */
  static Set<String> merge(Set<String> then, boolean thenEnds, Set<String> orelse, boolean orelseEnds) {
    if (thenEnds && !orelseEnds) {
      return orelse;
    }
    if (orelseEnds && !thenEnds) {
      return then;
    }
    Set<String> both = new HashSet<>(then);
    both.retainAll(orelse);
    return both;
  }

  /** The name compared with None in {@code x is None} or {@code None is x}, else null. */
  private static String noneTested(Expr a, Expr b) {
    if (a instanceof Name n && b instanceof NoneLit) {
      return n.id();
    }
    if (b instanceof Name n && a instanceof NoneLit) {
      return n.id();
    }
    return null;
  }

  /** True when running body never reaches its end (it returns, breaks or continues on every path). */
  static boolean terminates(List<Stmt> body) {
    for (Stmt s : body) {
      if (terminates(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean terminates(Stmt s) {
    if (s instanceof Return || s instanceof Break || s instanceof Continue) {
      return true;
    }
    if (s instanceof If i) {
      return terminates(i.body()) && terminates(i.orelse());
    }
    if (s instanceof With w) {
      return terminates(w.body());
    }
    if (s instanceof While w) {
      return w.test() instanceof BoolLit b && b.value() && !breaks(w.body());
    }
    if (s instanceof Try t) {
      return terminates(t.finalBody()) || ((terminates(t.body()) || terminates(t.orelse()))
          && t.handlers().stream().allMatch(h -> terminates(h.body())));
    }
    return false;
  }

  /** Whether a loop body breaks out of its own loop (breaks in nested loops leave those). */
  static boolean breaks(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Break) {
        return true;
      }
      if (s instanceof If i && (breaks(i.body()) || breaks(i.orelse()))) {
        return true;
      }
      if (s instanceof With w && breaks(w.body())) {
        return true;
      }
      if (s instanceof Try t && (breaks(t.body()) || breaks(t.orelse()) || breaks(t.finalBody())
          || t.handlers().stream().anyMatch(h -> breaks(h.body())))) {
        return true;
      }
    }
    return false;
  }
}
