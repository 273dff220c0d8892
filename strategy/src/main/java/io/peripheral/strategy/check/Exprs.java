package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Expression lowering: literals, names, operators, conditionals, containers. Calls go to {@link Library}. */
final class Exprs {
  private Exprs() {}

  static final Set<String> BUILTINS = Set.of("len", "range", "min", "max", "abs", "sum", "round", "int", "float",
      "bool", "enumerate", "zip", "print", "list", "tuple", "any", "all", "sorted", "isinstance", "str", "dict");

  static TE lower(FunctionLowerer fl, Expr e) {
    Checker c = fl.c;
    if (e instanceof IntLit i) {
      return new TE(Type.INT, i64(i.value()));
    } else if (e instanceof FloatLit f) {
      return new TE(Type.FLOAT, f64(f.value()));
    } else if (e instanceof BoolLit b) {
      return new TE(Type.BOOL, i32(b.value() ? 1 : 0));
    } else if (e instanceof NoneLit) {
      return new TE(Type.NONE, i32(0));
    } else if (e instanceof StrLit s) {
      return new TE(Type.STR, i32(c.stringId(s.value())));
    } else if (e instanceof Name n) {
      return name(fl, n);
    } else if (e instanceof BinOp b) {
      if ((b.op().equals("+") || b.op().equals("-")) && b.left() instanceof Name n && fl.barLoopVars.contains(n.id())
          && b.right() instanceof IntLit k && Math.abs(k.value()) < (1L << 31)) {
        // a bar index (< 2^28, bounded by memory) plus a small constant cannot overflow: no check needed
        TE i = fl.expr(b.left());
        if (i.type().k() == K.INT) {
          return new TE(Type.INT, bin(b.op().equals("+") ? "i64.add" : "i64.sub", i.ir(), i64(k.value())));
        }
      }
      return Ops.binary(fl, b.op(), fl.expr(b.left()), fl.expr(b.right()), b.pos());
    } else if (e instanceof UnaryOp u) {
      if (u.op().equals("not")) {
        // not x on an optional: true when x is None or falsy
        return Ops.unary(fl, u.op(), fl.exprOpt(u.operand()), u.pos());
      }
      return Ops.unary(fl, u.op(), fl.expr(u.operand()), u.pos());
    } else if (e instanceof BoolOp b) {
      return boolOp(fl, b);
    } else if (e instanceof Compare cmp) {
      return compare(fl, cmp);
    } else if (e instanceof IfExp i) {
      TE t = fl.exprOpt(i.test());
      Narrowing.Facts facts = Narrowing.of(i.test());
      if (fl.alwaysNone(facts.ifTrue()) || fl.alwaysNone(facts.ifFalse())) {
        // one branch needs a variable that only holds None to be something else: only the other one runs
        boolean body = !fl.alwaysNone(facts.ifTrue());
        TE only = withFacts(fl, body ? facts.ifTrue() : facts.ifFalse(), body ? i.body() : i.orelse());
        return new TE(only.type(), seq(List.of(doo(t.ir())), only.ir()));
      }
      TE a = withFacts(fl, facts.ifTrue(), i.body());
      TE b = withFacts(fl, facts.ifFalse(), i.orelse());
      Type j = Optionals.join(a.type(), b.type());
      if (j == null) {
        throw fl.bail(DiagnosticCode.E0201, i.pos(), "both branches must have one type; found " + a.type() + " and "
            + b.type());
      }
      return new TE(j, new Ir.IfE(fl.cond(t, i.test().pos()), Types.convert(fl, a, j, i.pos()),
          Types.convert(fl, b, j, i.pos()), j.vt()));
    } else if (e instanceof Call call) {
      return Library.call(fl, call);
    } else if (e instanceof Attribute a) {
      return Library.attribute(fl, a);
    } else if (e instanceof Subscript s) {
      return Library.subscript(fl, s);
    } else if (e instanceof TupleExpr t) {
      List<TE> items = new ArrayList<>();
      for (Expr x : t.elts()) {
        items.add(fl.expr(x));
      }
      return Tuples.make(fl, items);
    } else if (e instanceof ListExpr l) {
      return Lists.literal(fl, l);
    } else if (e instanceof DictExpr d) {
      return Dicts.literal(fl, d);
    } else if (e instanceof ListComp lc) {
      return Lists.comprehension(fl, lc);
    } else if (e instanceof Lambda l) {
      throw fl.bail(DiagnosticCode.E0110, l.pos(), "lambdas are supported only as the function of"
          + " .rolling(...).apply(f, raw=True)");
    } else if (e instanceof Slice s) {
      throw fl.bail(DiagnosticCode.E0001, s.pos(), "a slice is only valid inside [...]");
    } else if (e instanceof FString || e instanceof FormatField) {
      throw fl.bail(DiagnosticCode.E0110, e.pos(), "f-strings are supported as print() arguments only (strings are"
          + " literals: there are no string values built at run time)");
    } else {
      throw fl.bail(DiagnosticCode.E0109, e.pos(), "star expressions are not supported");
    }
  }

  static TE name(FunctionLowerer fl, Name n) {
    Checker c = fl.c;
    TE v = fl.readVar(n);
    if (v != null) {
      return v;
    }
    String id = n.id();
    if (fl.localDefs.containsKey(id)) {
      return new TE(Type.func("user." + fl.localDefs.get(id)), i32(0));
    }
    if (fl.spec.prelude && id.equals("np")) {
      return new TE(Type.module("np"), i32(0));
    }
    if (id.startsWith("__") && !fl.spec.prelude) {
      if (Checker.FORBIDDEN.contains(id)) {
        throw fl.bail(DiagnosticCode.E0103, n.pos(), "'" + id + "' is not allowed in strategies");
      }
      throw fl.bail(DiagnosticCode.E0105, n.pos(), "dunder names like '" + id + "' are not accessible");
    }
    Object k = c.constants.get(id);
    if (k instanceof Long l) {
      return new TE(Type.INT, i64(l));
    } else if (k instanceof Double d) {
      return new TE(Type.FLOAT, f64(d));
    } else if (k instanceof Boolean b) {
      return new TE(Type.BOOL, i32(b ? 1 : 0));
    } else if (k instanceof String s) {
      return new TE(Type.STR, i32(c.stringId(s)));
    }
    Type alias = c.aliases.get(id);
    if (alias != null) {
      return new TE(alias, i32(0));
    }
    if (c.defs.containsKey(id) || (fl.spec.prelude && c.preludeDefs.containsKey(id))) {
      return new TE(Type.func((c.defs.containsKey(id) ? "user." : "prelude.") + id), i32(0));
    }
    if (Checker.FORBIDDEN.contains(id)) {
      throw fl.bail(DiagnosticCode.E0103, n.pos(), "'" + id + "' is not allowed in strategies: they cannot reach"
          + " files, code or the host");
    }
    if (BUILTINS.contains(id)) {
      return new TE(Type.func("builtin." + id), i32(0));
    }
    throw fl.bail(DiagnosticCode.E0101, n.pos(), "name '" + id + "' is not defined");
  }

  /** Lowers e (an optional allowed) with names narrowed by a condition that holds when it runs. */
  private static TE withFacts(FunctionLowerer fl, Set<String> names, Expr e) {
    Set<String> saved = new HashSet<>(fl.notNone);
    fl.notNone.addAll(names);
    try {
      return fl.exprOpt(e);
    } finally {
      fl.notNone = saved;
    }
  }

  private static TE boolOp(FunctionLowerer fl, BoolOp b) {
    boolean and = b.op().equals("and");
    List<TE> vals = new ArrayList<>();
    Type j = null;
    Set<String> proven = new HashSet<>();
    for (Expr x : b.values()) {
      if (fl.alwaysNone(proven)) {
        // the rest runs only if a variable that holds only None were not None: never; the result is what came before
        break;
      }
      // each operand runs only when the ones before were true (and) or false (or)
      TE v = withFacts(fl, proven, x);
      Narrowing.Facts f = Narrowing.of(x);
      proven.addAll(and ? f.ifTrue() : f.ifFalse());
      if (v.type().isVector()) {
        throw fl.bail(DiagnosticCode.E0204, x.pos(), "'" + b.op() + "' on arrays is ambiguous; use "
            + (and ? "&" : "|") + " with parentheses");
      }
      vals.add(v);
      Type kept = v.type();
      if (!and && vals.size() < b.values().size()) {
        // 'or' yields an operand before the last only when it is truthy, so never as None: x or 0.0 is a float
        if (kept.k() == K.NONE) {
          continue;
        }
        kept = kept.k() == K.OPTIONAL ? kept.valueType() : kept;
      }
      j = Optionals.join(j, kept);
      if (j == null) {
        throw fl.bail(DiagnosticCode.E0201, x.pos(), "'" + b.op() + "' operands must have one type");
      }
    }
    Type t = j != null ? j : vals.get(vals.size() - 1).type();
    TE acc = vals.get(vals.size() - 1);
    if (acc.type().k() == K.OPTIONAL && t.k() != K.OPTIONAL) {
      // an 'or' cut short above: its last operand is yielded only when truthy, so not None
      acc = Optionals.narrow(acc);
    }
    acc = new TE(t, Types.convert(fl, acc, t, b.pos()));
    for (int i = vals.size() - 2; i >= 0; i--) {
      TE v = vals.get(i);
      if (t.k() == K.BOOL) {
        Ir.Expr cnd = fl.cond(v, b.pos());
        acc = new TE(t, and ? new Ir.IfE(cnd, acc.ir(), i32(0), Vt.I32) : new Ir.IfE(cnd, i32(1), acc.ir(), Vt.I32));
      } else {
        List<Ir.Stmt> pre = new ArrayList<>();
        TE tmp = fl.temp(v, pre);
        Ir.Expr cnd = fl.cond(tmp, b.pos());
        Ir.Expr kept;
        if (!and && tmp.type().k() == K.NONE && t.k() != K.NONE && t.k() != K.OPTIONAL) {
          kept = FunctionLowerer.zero(t.vt()); // None is never truthy: 'or' never yields it
        } else {
          kept = Types.convert(fl, !and && tmp.type().k() == K.OPTIONAL ? Optionals.narrow(tmp) : tmp, t, b.pos());
        }
        acc = new TE(t, seq(pre, and ? new Ir.IfE(cnd, acc.ir(), kept, t.vt())
            : new Ir.IfE(cnd, kept, acc.ir(), t.vt())));
      }
    }
    return acc;
  }

  private static TE compare(FunctionLowerer fl, Compare cmp) {
    if (cmp.ops().size() == 1) {
      return Optionals.compare(fl, cmp);
    }
    TE left = fl.expr(cmp.left());
    List<Ir.Stmt> pre = new ArrayList<>();
    Ir.Expr acc = null;
    List<Ir.Expr> parts = new ArrayList<>();
    for (int i = 0; i < cmp.ops().size(); i++) {
      TE right = fl.expr(cmp.rights().get(i));
      if (i < cmp.ops().size() - 1) {
        right = fl.temp(right, pre);
      }
      TE r = compareOne(fl, cmp.ops().get(i), left, right, cmp.pos());
      if (r.type().isVector()) {
        throw fl.bail(DiagnosticCode.E0204, cmp.pos(), "chained comparisons of arrays are ambiguous");
      }
      parts.add(r.ir());
      left = right;
    }
    for (int i = parts.size() - 1; i >= 0; i--) {
      acc = acc == null ? parts.get(i) : new Ir.IfE(parts.get(i), acc, i32(0), Vt.I32);
    }
    return new TE(Type.BOOL, seq(pre, acc));
  }

  private static TE compareOne(FunctionLowerer fl, String op, TE a, TE b, Pos pos) {
    if (op.equals("in") || op.equals("not in")) {
      throw fl.bail(DiagnosticCode.E0110, pos, "'" + op + "' is not supported; compare values explicitly");
    }
    return Ops.compare(fl, op, a, b, pos);
  }

  /** A compile-time string: a literal or a module-level str constant. */
  static String constString(FunctionLowerer fl, Expr e) {
    if (e instanceof StrLit s) {
      return s.value();
    }
    if (e instanceof Name n && fl.c.constants.get(n.id()) instanceof String s) {
      return s;
    }
    throw fl.bail(DiagnosticCode.E0210, e.pos(), "this must be a string literal");
  }

  /** Arguments of the prelude slice helpers: (x, lo, hi, step, has_lo, has_hi). */
  static List<TE> sliceArgs(FunctionLowerer fl, TE base, Slice sl) {
    List<TE> args = new ArrayList<>();
    args.add(base);
    args.add(intOr(fl, sl.lower(), 0));
    args.add(intOr(fl, sl.upper(), 0));
    args.add(intOr(fl, sl.step(), 1));
    args.add(new TE(Type.BOOL, i32(sl.lower() != null ? 1 : 0)));
    args.add(new TE(Type.BOOL, i32(sl.upper() != null ? 1 : 0)));
    return args;
  }

  private static TE intOr(FunctionLowerer fl, Expr e, long dflt) {
    if (e == null || e instanceof NoneLit) {
      return new TE(Type.INT, i64(dflt));
    }
    TE v = fl.expr(e);
    if (!(v.type().isInt() || v.type().k() == K.BOOL)) {
      throw fl.bail(DiagnosticCode.E0201, e.pos(), "slice indices must be integers, not " + v.type());
    }
    return new TE(Type.INT, Scalars.toI(v));
  }

  /** W0303: x[i + k] with k > 0 inside a loop over bars reads the future. */
  static void lookAhead(FunctionLowerer fl, Expr index) {
    if (index instanceof BinOp b && b.op().equals("+") && b.left() instanceof Name n
        && fl.barLoopVars.contains(n.id()) && b.right() instanceof IntLit k && k.value() > 0) {
      fl.c.error(DiagnosticCode.W0303, index.pos(), "indexing " + n.id() + " + " + k.value() + " inside a loop"
          + " over bars reads a future bar (look-ahead)");
    }
  }
}
