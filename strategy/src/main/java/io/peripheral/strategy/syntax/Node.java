package io.peripheral.strategy.syntax;

import java.util.List;

/** The syntax tree: immutable records under two sealed interfaces. Positions are 1-based. */
public final class Node {
  private Node() {}

  /** A source position. */
  public record Pos(int line, int column) {}

  /** Expressions. */
  public sealed interface Expr
      permits Name, IntLit, FloatLit, StrLit, BoolLit, NoneLit, BinOp, UnaryOp, BoolOp, Compare, IfExp, Call,
          Attribute, Subscript, Slice, TupleExpr, ListExpr, DictExpr, ListComp, Lambda, Starred, FString,
          FormatField {
    Pos pos();
  }

  public record Name(Pos pos, String id) implements Expr {}

  /** An f-string: literal parts ({@link StrLit}) and replacement fields ({@link FormatField}) in order. */
  public record FString(Pos pos, List<Expr> parts) implements Expr {
    public FString {
      parts = List.copyOf(parts);
    }
  }

  /** {value!conversion:spec} inside an f-string; conversion is 0, 'r' or 's'; spec may be empty. */
  public record FormatField(Pos pos, Expr value, char conversion, String spec) implements Expr {}

  public record IntLit(Pos pos, long value) implements Expr {}

  public record FloatLit(Pos pos, double value) implements Expr {}

  public record StrLit(Pos pos, String value) implements Expr {}

  public record BoolLit(Pos pos, boolean value) implements Expr {}

  public record NoneLit(Pos pos) implements Expr {}

  public record BinOp(Pos pos, String op, Expr left, Expr right) implements Expr {}

  public record UnaryOp(Pos pos, String op, Expr operand) implements Expr {}

  /** {@code and} / {@code or} chains. */
  public record BoolOp(Pos pos, String op, List<Expr> values) implements Expr {
    public BoolOp {
      values = List.copyOf(values);
    }
  }

  /** Chained comparison {@code a < b <= c}. */
  public record Compare(Pos pos, Expr left, List<String> ops, List<Expr> rights) implements Expr {
    public Compare {
      ops = List.copyOf(ops);
      rights = List.copyOf(rights);
    }
  }

  public record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

  public record Keyword(Pos pos, String name, Expr value) {}

  public record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    public Call {
      args = List.copyOf(args);
      keywords = List.copyOf(keywords);
    }
  }

  public record Attribute(Pos pos, Expr value, String attr) implements Expr {}

  public record Subscript(Pos pos, Expr value, Expr index) implements Expr {}

  /** A slice inside a subscript; missing parts are null. */
  public record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

  public record TupleExpr(Pos pos, List<Expr> elts) implements Expr {
    public TupleExpr {
      elts = List.copyOf(elts);
    }
  }

  public record ListExpr(Pos pos, List<Expr> elts) implements Expr {
    public ListExpr {
      elts = List.copyOf(elts);
    }
  }

  public record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
    public DictExpr {
      keys = List.copyOf(keys);
      values = List.copyOf(values);
    }
  }

  public record ListComp(Pos pos, Expr elt, Expr target, Expr iter, List<Expr> conds) implements Expr {
    public ListComp {
      conds = List.copyOf(conds);
    }
  }

  public record Lambda(Pos pos, List<Param> params, Expr body) implements Expr {
    public Lambda {
      params = List.copyOf(params);
    }
  }

  public record Starred(Pos pos, Expr value) implements Expr {}

  /** A function parameter; default and annotation may be null. */
  public record Param(Pos pos, String name, Expr defaultValue, Expr annotation) {}

  /** Statements. */
  public sealed interface Stmt
      permits FunctionDef, Return, Assign, AugAssign, AnnAssign, ExprStmt, If, For, While, Break, Continue, Pass,
          Import, With, Try, Rejected {
    Pos pos();
  }

  public record FunctionDef(Pos pos, String name, List<Param> params, Expr returns, List<Stmt> body)
      implements Stmt {
    public FunctionDef {
      params = List.copyOf(params);
      body = List.copyOf(body);
    }
  }

  /** {@code return}; value may be null. */
  public record Return(Pos pos, Expr value) implements Stmt {}

  /** {@code a = b = value}. */
  public record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {
    public Assign {
      targets = List.copyOf(targets);
    }
  }

  public record AugAssign(Pos pos, Expr target, String op, Expr value) implements Stmt {}

  /** {@code x: T = value}; value may be null. */
  public record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value) implements Stmt {}

  public record ExprStmt(Pos pos, Expr value) implements Stmt {}

  public record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    public If {
      body = List.copyOf(body);
      orelse = List.copyOf(orelse);
    }
  }

  public record For(Pos pos, Expr target, Expr iter, List<Stmt> body) implements Stmt {
    public For {
      body = List.copyOf(body);
    }
  }

  public record While(Pos pos, Expr test, List<Stmt> body) implements Stmt {
    public While {
      body = List.copyOf(body);
    }
  }

  public record Break(Pos pos) implements Stmt {}

  public record Continue(Pos pos) implements Stmt {}

  public record Pass(Pos pos) implements Stmt {}

  /** {@code import m as a} (names empty) or {@code from m import n as a}. */
  public record Import(Pos pos, String module, String alias, List<String[]> names) implements Stmt {
    public Import {
      names = List.copyOf(names);
    }
  }

  public record With(Pos pos, List<Expr> items, List<Stmt> body) implements Stmt {
    public With {
      items = List.copyOf(items);
      body = List.copyOf(body);
    }
  }

  /** An except clause: the exception names caught (empty = bare except). */
  public record Handler(Pos pos, List<String> types, String name, List<Stmt> body) {
    public Handler {
      types = List.copyOf(types);
      body = List.copyOf(body);
    }
  }

  public record Try(Pos pos, List<Stmt> body, List<Handler> handlers, List<Stmt> orelse, List<Stmt> finalBody)
      implements Stmt {
    public Try {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
      orelse = List.copyOf(orelse);
      finalBody = List.copyOf(finalBody);
    }
  }

  /** A construct parsed only so it can be refused (class, global, async, ...); the parser reported it. */
  public record Rejected(Pos pos, String what) implements Stmt {}
}
