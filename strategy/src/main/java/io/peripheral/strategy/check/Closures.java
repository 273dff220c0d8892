package io.peripheral.strategy.check;

import io.peripheral.strategy.syntax.Children;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Nested functions and lambdas that read variables of the enclosing function, lifted to module-level functions. The
 * variables they read (never write: nonlocal is rejected) become extra parameters, passed at each call with the
 * variables' values at that moment, which is what a Python closure reads when it is called.
 */
final class Closures {
  private Closures() {}

  /**
   * Lifts def (nested in the function fl lowers) to a module-level function named outer.inner@line:col, with the enclosing
   * variables it reads appended as parameters, and returns the lifted name.
   */
  static String lift(FunctionLowerer fl, FunctionDef def) {
    List<String> captured = captured(fl, def.params(), def.body());
    // one name per definition site, stable across the checker's passes and the outer function's specializations
    String name = fl.spec.def.name() + "." + def.name() + "@" + def.pos().line() + ":" + def.pos().column();
    if (fl.c.defs.containsKey(name)) {
      return name;
    }
    List<Param> params = new ArrayList<>(def.params());
    for (String v : captured) {
      params.add(new Param(def.pos(), v, null, null));
    }
    fl.c.defs.put(name, new FunctionDef(def.pos(), name, params, def.returns(), def.body()));
    fl.c.captures.put(name, captured);
    // its body may call itself and the nested functions defined before it
    java.util.Map<String, String> scope = new java.util.HashMap<>(fl.localDefs);
    scope.put(def.name(), name);
    fl.c.nestedScopes.put(name, scope);
    return name;
  }

  /** Enclosing-function variables read by a body with these parameters (names it assigns are its own). */
  static List<String> captured(FunctionLowerer fl, List<Param> params, List<Stmt> body) {
    Set<String> read = new LinkedHashSet<>();
    names(body, read);
    for (Param p : params) {
      read.remove(p.name());
    }
    read.removeAll(Assigned.in(body));
    // the enclosing function's variables, from its source (complete on the first pass, unlike inferred types)
    FunctionDef outer = fl.spec.def;
    Set<String> outerVars = new LinkedHashSet<>(Assigned.in(outer.body()));
    outer.params().forEach(p -> outerVars.add(p.name()));
    outerVars.removeAll(functionNames(outer.body()));
    List<String> out = new ArrayList<>();
    for (String n : read) {
      if (outerVars.contains(n)) {
        out.add(n);
      }
    }
    // calling a sibling nested function means passing it what it captures, so capture that too
    for (String n : read) {
      String lifted = fl.localDefs.get(n);
      for (String v : lifted == null ? List.<String>of() : fl.c.captures.getOrDefault(lifted, List.of())) {
        if (!out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static Set<String> functionNames(List<Stmt> body) {
    Set<String> out = new LinkedHashSet<>();
    for (Stmt s : body) {
      if (s instanceof FunctionDef f) {
        out.add(f.name());
      }
    }
    return out;
  }

  /** Every name read anywhere under node (statements, expressions, lists of them). */
  static void names(Object node, Set<String> out) {
    Children.forEachNode(node, n -> {
      if (n instanceof Name name) {
        out.add(name.id());
      }
    });
  }

}
