package io.peripheral.strategy.check;

import io.peripheral.strategy.syntax.Node.*;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names a module binds at its top level: functions, constants and imports (aliases where given). */
final class ModuleNames {
  private ModuleNames() {}

  static Set<String> of(List<Stmt> body) {
    Set<String> out = new LinkedHashSet<>();
    for (Stmt s : body) {
      if (s instanceof FunctionDef f) {
        out.add(f.name());
      } else if (s instanceof Assign a) {
        for (Expr t : a.targets()) {
          if (t instanceof Name n) {
            out.add(n.id());
          }
        }
      } else if (s instanceof AnnAssign a && a.target() instanceof Name n) {
        out.add(n.id());
      } else if (s instanceof Import im) {
        if (im.names().isEmpty()) {
          out.add(im.alias() != null ? im.alias() : im.module().split("\\.")[0]);
        }
        for (String[] pair : im.names()) {
          out.add(pair.length > 1 && pair[1] != null ? pair[1] : pair[0]);
        }
      }
    }
    return out;
  }
}
