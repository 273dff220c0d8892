package io.peripheral.strategy.check;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.syntax.Node.*;
import java.util.List;

/**
 * {@code .loc} on the bars' RangeIndex, where labels are positions: {@code s.loc[i]} (KeyError for a label that is
 * not there), {@code s.loc[a:b]} with the end INCLUDED and labels outside 0..n-1 simply absent, boolean masks, and
 * {@code df.loc[rows, 'column']}, reading and assigning. Each form is rewritten to the Series/column access it means.
 */
final class Locs {
  private Locs() {}

  /** The Series expression and row index a .loc subscript addresses (the column taken first for df.loc[r, 'c']). */
  record Target(Expr series, Expr rows) {}

  static Target target(FunctionLowerer fl, Attribute loc, Expr index) {
    Expr obj = loc.value();
    if (index instanceof TupleExpr t) {
      if (t.elts().size() != 2 || !(t.elts().get(1) instanceof StrLit col)) {
        throw fl.bail(DiagnosticCode.E0110, index.pos(), "df.loc[rows, 'column'] takes rows and one column name");
      }
      return new Target(new Subscript(loc.pos(), obj, col), t.elts().get(0));
    }
    return new Target(obj, index);
  }

  static TE read(FunctionLowerer fl, Attribute loc, Subscript s) {
    Target t = target(fl, loc, s.index());
    TE base = fl.expr(t.series());
    if (base.type().k() != K.SERIES) {
      throw fl.bail(DiagnosticCode.E0205, loc.pos(), base.type().k() == K.DF
          ? "df.loc[...] needs a column: df.loc[rows, 'close']" : ".loc is a pandas Series/DataFrame accessor");
    }
    if (t.rows() instanceof Slice sl) {
      if (sl.step() != null) {
        throw fl.bail(DiagnosticCode.E0110, sl.pos(), ".loc slices with a step are not supported");
      }
      List<TE> args = Exprs.sliceArgs(fl, new TE(Type.array(base.type().elem()), base.ir()), sl);
      args.remove(3);
      TE r = fl.c.callPrelude(fl, "__loc_slice", args, s.pos());
      return new TE(base.type(), r.ir());
    }
    // s[i] on a Series is already a label lookup (KeyError for labels that are not there), masks select
    return Library.subscript(fl, new Subscript(s.pos(), t.series(), t.rows()));
  }

  /** The plain subscript a .loc assignment target means (df.loc[rows, 'c'] = v is df['c'][rows] = v). */
  static Subscript store(FunctionLowerer fl, Attribute loc, Subscript s) {
    Target t = target(fl, loc, s.index());
    if (t.rows() instanceof Slice sl && (sl.lower() != null || sl.upper() != null || sl.step() != null)) {
      throw fl.bail(DiagnosticCode.E0110, sl.pos(), "assigning to a .loc slice is not supported; use a boolean mask"
          + " or .iloc");
    }
    return new Subscript(s.pos(), t.series(), t.rows());
  }
}
