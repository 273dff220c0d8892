package io.peripheral.strategy.check;

import io.peripheral.strategy.syntax.Node.*;

/** Reading the typing forms of an optional annotation. */
final class Annotations {
  private Annotations() {}

  /**
   * The value annotation T of {@code Optional[T]}, {@code T | None}, {@code None | T} or {@code Union[T, None]}
   * (also spelled {@code typing.Optional[T]}), or null when ann is not optional.
   */
  static Expr optionalValue(Expr ann) {
    if (ann instanceof BinOp b && b.op().equals("|")) {
      if (b.right() instanceof NoneLit) {
        return b.left();
      }
      if (b.left() instanceof NoneLit) {
        return b.right();
      }
      return null;
    }
    if (!(ann instanceof Subscript s)) {
      return null;
    }
    String generic = s.value() instanceof Name n ? n.id() : s.value() instanceof Attribute a ? a.attr() : "";
    if (generic.equals("Optional")) {
      return s.index();
    }
    if (generic.equals("Union") && s.index() instanceof TupleExpr t && t.elts().size() == 2) {
      if (t.elts().get(1) instanceof NoneLit) {
        return t.elts().get(0);
      }
      if (t.elts().get(0) instanceof NoneLit) {
        return t.elts().get(1);
      }
    }
    return null;
  }
}
