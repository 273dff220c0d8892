package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.syntax.Node.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Operators on scalars and vectors (element-wise, broadcasting scalars). */
final class Ops {
  private Ops() {}

  static final Map<String, String> NAMES = Map.ofEntries(Map.entry("+", "add"), Map.entry("-", "sub"),
      Map.entry("*", "mul"), Map.entry("/", "div"), Map.entry("//", "fdiv"), Map.entry("%", "mod"),
      Map.entry("**", "pow"), Map.entry("&", "and"), Map.entry("|", "or"), Map.entry("^", "xor"),
      Map.entry("<<", "shl"), Map.entry(">>", "shr"), Map.entry("<", "lt"), Map.entry(">", "gt"),
      Map.entry("<=", "le"), Map.entry(">=", "ge"), Map.entry("==", "eq"), Map.entry("!=", "ne"));

  static TE binary(FunctionLowerer fl, String op, TE a, TE b, Pos pos) {
    Checker c = fl.c;
    if ((a.type().isVector() || b.type().isVector()) && (a.type().isVector() || a.type().isNumber())
        && (b.type().isVector() || b.type().isNumber())) {
      TE r = Vectors.map(c, "b" + NAMES.get(op), List.of(a, b),
          (e, line) -> Scalars.binary(c, op, e.get(0), e.get(1), line), fl.line(pos));
      if (r != null) {
        return r;
      }
    } else if (a.type().isNumber() && b.type().isNumber()) {
      TE r = Scalars.binary(c, op, a, b, fl.line(pos));
      if (r != null) {
        return r;
      }
    } else if (op.equals("+") && a.type().k() == K.LIST && b.type().k() == K.LIST) {
      return Lists.concat(fl, a, b, pos);
    }
    throw fl.bail(DiagnosticCode.E0204, pos, "unsupported operand types for " + op + ": " + a.type() + " and "
        + b.type());
  }

  static TE compare(FunctionLowerer fl, String op, TE a, TE b, Pos pos) {
    if ((a.type().isVector() || b.type().isVector()) && (a.type().isVector() || a.type().isNumber())
        && (b.type().isVector() || b.type().isNumber())) {
      TE r = Vectors.map(fl.c, "c" + NAMES.get(op), List.of(a, b),
          (e, line) -> Scalars.compare(op, e.get(0), e.get(1)), fl.line(pos));
      if (r != null) {
        return r;
      }
    } else {
      TE r = Scalars.compare(op, a, b);
      if (r != null) {
        return r;
      }
    }
    throw fl.bail(DiagnosticCode.E0204, pos, "cannot compare " + a.type() + " " + op + " " + b.type());
  }

  static TE unary(FunctionLowerer fl, String op, TE a, Pos pos) {
    if (a.type().isVector()) {
      if (op.equals("not")) {
        throw fl.bail(DiagnosticCode.E0204, pos, "'not' on an array is ambiguous; use ~ for element-wise not");
      }
      TE r = Vectors.map(fl.c, "u" + (op.equals("-") ? "neg" : op.equals("~") ? "inv" : "pos"), List.of(a),
          (e, line) -> e.get(0).type().k() == K.BOOL && op.equals("~")
              ? new TE(Type.BOOL, un("i32.eqz", e.get(0).ir())) : Scalars.unary(op, e.get(0)), fl.line(pos));
      if (r != null) {
        return r;
      }
    } else if (a.type().k() == K.OPTIONAL) {
      List<Ir.Stmt> pre = new ArrayList<>();
      Ir.Expr truth = op.equals("not") ? Optionals.truth(fl, a, pre) : null;
      if (truth != null) {
        return new TE(Type.BOOL, seq(pre, un("i32.eqz", truth)));
      }
    } else {
      TE r = Scalars.unary(op, a);
      if (r != null) {
        return r;
      }
      if (op.equals("not") && a.type().k() == K.LIST) {
        return new TE(Type.BOOL, un("i64.eqz", len(a.ir())));
      }
    }
    throw fl.bail(DiagnosticCode.E0204, pos, "bad operand type for unary " + op + ": " + a.type());
  }
}
