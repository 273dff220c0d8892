package io.peripheral.strategy.check;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.syntax.Node.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds call arguments to a library function's parameter names, reporting unknown keywords. */
final class Args {
  private Args() {}

  /** params: names in positional order; a name ending in '?' is optional. */
  static Map<String, Expr> bind(FunctionLowerer fl, Call call, String what, String... params) {
    Map<String, Expr> out = new LinkedHashMap<>();
    List<Expr> args = call.args();
    if (args.size() > params.length) {
      throw fl.bail(DiagnosticCode.E0203, call.pos(), what + " takes at most " + params.length + " positional"
          + " arguments but " + args.size() + " were given");
    }
    for (int i = 0; i < args.size(); i++) {
      out.put(strip(params[i]), args.get(i));
    }
    for (Keyword k : call.keywords()) {
      boolean known = false;
      for (String p : params) {
        known |= strip(p).equals(k.name());
      }
      if (!known) {
        throw fl.bail(DiagnosticCode.E0206, k.pos(), what + " has no supported parameter '" + k.name() + "'");
      }
      out.put(k.name(), k.value());
    }
    for (String p : params) {
      if (!p.endsWith("?") && !out.containsKey(p)) {
        throw fl.bail(DiagnosticCode.E0203, call.pos(), what + " is missing the argument '" + p + "'");
      }
    }
    return out;
  }

  private static String strip(String p) {
    return p.endsWith("?") ? p.substring(0, p.length() - 1) : p;
  }
}
