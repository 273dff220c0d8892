package io.peripheral.strategy.check;

import io.peripheral.strategy.syntax.Children;
import io.peripheral.strategy.syntax.Node.*;
import java.util.List;

/**
 * The Bollinger/z-score idiom {@code ma = x.rolling(w).mean()} directly followed by a statement using
 * {@code x.rolling(w).std()} (or {@code .var()}): both are computed by one kernel (__roll_mean_var), whose two pandas
 * state machines are unchanged, so results are bit-identical while the CPU overlaps their dependency chains. Only
 * when nothing can change x in between: the first statement is exactly the rolling mean, and neither calls a function
 * of the strategy (which might modify x in place).
 */
final class RollPairs {
  private RollPairs() {}

  /** A detected pair: the key of the shared rolling window and the second aggregation ("std" or "var"). */
  record Pair(String key, String second) {}

  static Pair detect(Stmt a, Stmt b) {
    if (!(a instanceof Assign aa) || aa.targets().size() != 1 || !(aa.targets().get(0) instanceof Name target)
        || !(aa.value() instanceof Call mean) || !(mean.func() instanceof Attribute ma) || !ma.attr().equals("mean")
        || !mean.args().isEmpty() || !mean.keywords().isEmpty() || !(ma.value() instanceof Call roll)) {
      return null;
    }
    String key = key(roll);
    if (key == null || key.startsWith(target.id() + "|") || key.contains("|" + target.id() + "|")
        || !(b instanceof Assign ba) || ba.targets().size() != 1 || !(ba.targets().get(0) instanceof Name)
        || callsFunctions(ba.value())) {
      return null;
    }
    String second = find(ba.value(), key);
    return second == null ? null : new Pair(key, second);
  }

  /** "x|window|min_periods|" for x.rolling(window[, min_periods=m]) over a name with a literal or name window. */
  static String key(Call roll) {
    if (!(roll.func() instanceof Attribute ra) || !ra.attr().equals("rolling") || !(ra.value() instanceof Name x)
        || roll.args().size() != 1) {
      return null;
    }
    String w = simple(roll.args().get(0));
    String mp = "-";
    for (Keyword k : roll.keywords()) {
      if (!k.name().equals("min_periods") || simple(k.value()) == null) {
        return null;
      }
      mp = simple(k.value());
    }
    return w == null ? null : x.id() + "|" + w + "|" + mp + "|";
  }

  private static String simple(Expr e) {
    return e instanceof IntLit i ? Long.toString(i.value()) : e instanceof Name n ? n.id() : null;
  }

  /** "std" or "var" when node contains key's rolling window with that aggregation (no ddof). */
  private static String find(Object node, String key) {
    if (node instanceof Call c && c.func() instanceof Attribute at && (at.attr().equals("std")
        || at.attr().equals("var")) && c.args().isEmpty() && c.keywords().isEmpty() && at.value() instanceof Call r
        && key.equals(key(r))) {
      return at.attr();
    }
    for (Object child : children(node)) {
      String s = find(child, key);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** True when e calls a function by name (a helper of the strategy might change arrays in place) or uses out=. */
  private static boolean callsFunctions(Object node) {
    if (node instanceof Call c && c.func() instanceof Name) {
      return true;
    }
    if (node instanceof Keyword k && k.name().equals("out")) {
      return true;
    }
    for (Object child : children(node)) {
      if (callsFunctions(child)) {
        return true;
      }
    }
    return false;
  }

  private static List<Object> children(Object node) {
    if (node instanceof List<?> l) {
      return List.copyOf(l);
    }
    if (node == null || !node.getClass().isRecord() || node instanceof Pos) {
      return List.of();
    }
    java.util.ArrayList<Object> out = new java.util.ArrayList<>();
    for (Object v : Children.of(node)) {
      if (v instanceof List<?> || v != null && v.getClass().isRecord()) {
        out.add(v);
      }
    }
    return out;
  }
}
