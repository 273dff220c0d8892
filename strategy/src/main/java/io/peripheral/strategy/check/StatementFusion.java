package io.peripheral.strategy.check;

import io.peripheral.strategy.syntax.Children;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves a value into the statement that uses it, so element-wise work written over several statements fuses into one
 * loop as if it had been written as one expression ({@code sig = a.where(c, b); return sig.fillna(0)} makes one pass
 * instead of two arrays). At a function's top level, {@code x = e} directly followed by a {@code return} or an
 * assignment to a name becomes that statement with {@code e} in place of {@code x} when:
 *
 * <ul>
 *   <li>the next statement reads {@code x} exactly once, and that read is the first thing it evaluates — so
 *       evaluating {@code e} there runs exactly the operations, in the same order, that {@code x = e} and the
 *       statement ran (side effects and errors included);
 *   <li>nothing reads that {@code x} afterwards: the name occurs in no later statement (unless the next statement
 *       rebinds it) and in no nested function or lambda (which could read it later);
 *   <li>{@code x} is a local of this function: not a module-level name, and either a parameter, assigned at the top
 *       level before, or not mentioned before at all (dropping the assignment must not change what an earlier read
 *       of {@code x} means).
 * </ul>
 *
 * The checker compiles a module with this rewrite first; when that reports an error it compiles the module as
 * written, so diagnostics always speak of the source as the user wrote it.
 */
final class StatementFusion {
  private StatementFusion() {}

  /** The function with its top-level statement pairs fused where the conditions hold. */
  static FunctionDef apply(FunctionDef f, Set<String> moduleNames) {
    List<Stmt> body = new ArrayList<>(f.body());
    Set<String> captured = new HashSet<>();
    capturedNames(f.body(), captured);
    boolean changed = false;
    int k = 0;
    while (k + 1 < body.size()) {
      Stmt fused = fuse(f, body, k, moduleNames, captured);
      if (fused == null) {
        k++;
      } else {
        body.set(k + 1, fused);
        body.remove(k);
        changed = true;
        // the fused statement may fuse with the one after it in turn (x = ..; y = x ..; return y ..)
      }
    }
    return changed ? new FunctionDef(f.pos(), f.name(), f.params(), f.returns(), body) : f;
  }

  private static Stmt fuse(FunctionDef f, List<Stmt> body, int k, Set<String> moduleNames, Set<String> captured) {
    if (!(body.get(k) instanceof Assign s) || s.targets().size() != 1 || !(s.targets().get(0) instanceof Name x)) {
      return null;
    }
    String name = x.id();
    if (moduleNames.contains(name) || captured.contains(name)) {
      return null;
    }
    Stmt t = body.get(k + 1);
    Expr value;
    boolean rebinds;
    if (t instanceof Return r && r.value() != null) {
      value = r.value();
      rebinds = false;
    } else if (t instanceof Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Name y) {
      value = a.value();
      rebinds = y.id().equals(name);
    } else {
      return null;
    }
    Expr first = firstEvaluated(value, moduleNames);
    if (!(first instanceof Name read) || !read.id().equals(name) || occurrences(value, name) != 1) {
      return null;
    }
    // the cheap tests above rule out most pairs; these two scan the rest of the function
    if (!rebinds && mentions(body.subList(k + 2, body.size()), name) || !localBefore(f, body, k, name)) {
      return null;
    }
    Expr replaced = (Expr) Children.replace(value, read, s.value());
    return t instanceof Return r ? new Return(r.pos(), replaced)
        : new Assign(t.pos(), ((Assign) t).targets(), replaced);
  }

  /** A parameter, assigned by an earlier top-level statement, or not mentioned before statement k at all. */
  private static boolean localBefore(FunctionDef f, List<Stmt> body, int k, String name) {
    for (Param p : f.params()) {
      if (p.name().equals(name)) {
        return true;
      }
    }
    for (int i = 0; i < k; i++) {
      if (body.get(i) instanceof Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Name n
          && n.id().equals(name)) {
        return true;
      }
      if (mentions(List.of(body.get(i)), name)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name or expression Python evaluates first in e (module names such as np are looked up first but do
   * nothing), or null when that is not simply determined.
   */
  static Expr firstEvaluated(Expr e, Set<String> moduleNames) {
    if (e instanceof Name) {
      return e;
    } else if (e instanceof Attribute a) {
      return firstEvaluated(a.value(), moduleNames);
    } else if (e instanceof Subscript s) {
      return firstEvaluated(s.value(), moduleNames);
    } else if (e instanceof BinOp b) {
      return firstEvaluated(b.left(), moduleNames);
    } else if (e instanceof Compare c) {
      return firstEvaluated(c.left(), moduleNames);
    } else if (e instanceof UnaryOp u) {
      return firstEvaluated(u.operand(), moduleNames);
    } else if (e instanceof BoolOp b) {
      return firstEvaluated(b.values().get(0), moduleNames);
    } else if (e instanceof IfExp i) {
      return firstEvaluated(i.test(), moduleNames);
    } else if (e instanceof Call c) {
      boolean pureCallee = c.func() instanceof Name || c.func() instanceof Attribute a && a.value() instanceof Name m
          && moduleNames.contains(m.id());
      if (!pureCallee) {
        return firstEvaluated(c.func(), moduleNames);
      }
      return c.args().isEmpty() || c.args().get(0) instanceof Starred ? null
          : firstEvaluated(c.args().get(0), moduleNames);
    }
    return null;
  }

  private static int occurrences(Object node, String name) {
    int[] count = {0};
    Children.forEachNode(node, n -> {
      if (n instanceof Name m && m.id().equals(name)) {
        count[0]++;
      }
    });
    return count[0];
  }

  /** Whether the name occurs under stmts: read, assigned, or bound as a parameter or nested function. */
  private static boolean mentions(List<Stmt> stmts, String name) {
    boolean[] found = {false};
    Children.forEachNode(stmts, n -> {
      List<Param> params = n instanceof FunctionDef f ? f.params() : n instanceof Lambda l ? l.params() : List.of();
      found[0] |= n instanceof Name m && m.id().equals(name) || n instanceof FunctionDef f && f.name().equals(name)
          || params.stream().anyMatch(p -> p.name().equals(name));
    });
    return found[0];
  }

  /** Every name mentioned inside a nested function or lambda: those may read a variable after it is reassigned. */
  private static void capturedNames(Object node, Set<String> out) {
    Children.forEachNode(node, n -> {
      if (n instanceof FunctionDef || n instanceof Lambda) {
        Closures.names(n, out);
      }
    });
  }
}
