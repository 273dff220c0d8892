package io.peripheral.strategy.syntax;

import io.peripheral.strategy.Diagnostic;
import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Recursive-descent parser for the strategy subset of Python 3. Entry point: {@link #parse}. */
public final class Parser {
  /** The parse result: the module's statements plus every problem found. */
  public record Result(List<Stmt> body, List<Diagnostic> diagnostics) {
    public Result {
      body = List.copyOf(body);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private static final Set<String> COMPARE = Set.of("<", ">", "==", ">=", "<=", "!=", "in", "not", "is");
  private static final Set<String> AUG =
      Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", ">>=", "<<=");

  private final String src;
  private final List<Token> toks;
  private final List<Diagnostic> diags;
  private int p;

  /** A marker thrown to resynchronise after a syntax error; never escapes {@link #parse}. */
  private static final class Sync extends RuntimeException {
    Sync() {
      super(null, null, false, false);
    }
  }

  private Parser(String src, List<Token> toks, List<Diagnostic> diags) {
    this.src = src;
    this.toks = toks;
    this.diags = diags;
  }

  /**
   * Parses the expression of an f-string field; every token is placed at the f-string's position (line, column).
   * Returns null, with diagnostics in diags, when it is not one expression.
   */
  static Expr parseField(String text, int line, int column, List<Diagnostic> diags) {
    List<Token> toks = new ArrayList<>();
    for (Token t : Lexer.lex(text, diags)) {
      if (t.kind() != Token.Kind.NEWLINE && t.kind() != Token.Kind.INDENT && t.kind() != Token.Kind.DEDENT) {
        toks.add(new Token(t.kind(), t.text(), line, column));
      }
    }
    if (!diags.isEmpty()) {
      return null;
    }
    Parser p = new Parser(text, toks, diags);
    try {
      Expr e = p.test();
      return p.peek().kind() == Token.Kind.EOF && diags.isEmpty() ? e : null;
    } catch (Sync s) {
      return null;
    }
  }

  /** Parses a whole module. */
  public static Result parse(String source) {
    List<Diagnostic> diags = new ArrayList<>();
    if (source.length() > 256 * 1024) {
      diags.add(Diagnostic.of(DiagnosticCode.E0003, source, 1, 1, "source is larger than 256 KiB"));
      return new Result(List.of(), diags);
    }
    List<Token> toks = Lexer.lex(source, diags);
    Parser parser = new Parser(source, toks, diags);
    List<Stmt> body = new ArrayList<>();
    while (parser.peek().kind() != Token.Kind.EOF) {
      parser.statementInto(body);
    }
    return new Result(body, diags);
  }

  private Token peek() {
    return toks.get(p);
  }

  private Token peekAt(int k) {
    return toks.get(Math.min(p + k, toks.size() - 1));
  }

  private Token next() {
    Token t = toks.get(p);
    if (t.kind() != Token.Kind.EOF) {
      p++;
    }
    return t;
  }

  private boolean at(String s) {
    Token t = peek();
    return (t.kind() == Token.Kind.OP || t.kind() == Token.Kind.NAME) && t.text().equals(s);
  }

  private boolean accept(String s) {
    if (at(s)) {
      p++;
      return true;
    }
    return false;
  }

  private Token expect(String s) {
    if (!at(s)) {
      throw fail(peek(), "expected '" + s + "'" + found(peek()));
    }
    return next();
  }

  private static String found(Token t) {
    return switch (t.kind()) {
      case NEWLINE -> " but found end of line";
      case EOF -> " but found end of file";
      case INDENT -> " but found an indent";
      case DEDENT -> " but found a dedent";
      default -> " but found '" + t.text() + "'";
    };
  }

  private Sync fail(Token t, String msg) {
    diags.add(Diagnostic.of(DiagnosticCode.E0001, src, t.line(), t.column(), msg));
    return new Sync();
  }

  private void report(DiagnosticCode code, Token t, String msg) {
    diags.add(Diagnostic.of(code, src, t.line(), t.column(), msg));
  }

  private static Pos pos(Token t) {
    return new Pos(t.line(), t.column());
  }

  private void skipToLineEnd() {
    int nesting = 0;
    while (peek().kind() != Token.Kind.EOF) {
      Token t = next();
      if (t.kind() == Token.Kind.NEWLINE && nesting <= 0) {
        break;
      }
      if (t.kind() == Token.Kind.INDENT) {
        nesting++;
      } else if (t.kind() == Token.Kind.DEDENT) {
        nesting--;
        if (nesting <= 0 && peek().kind() != Token.Kind.DEDENT) {
          break;
        }
      }
    }
  }

  private void statementInto(List<Stmt> out) {
    int start = p;
    try {
      statement(out);
    } catch (Sync s) {
      if (p == start) {
        next();
      }
      skipToLineEnd();
    }
  }

  private void statement(List<Stmt> out) {
    Token t = peek();
    if (t.kind() == Token.Kind.INDENT) {
      next();
      report(DiagnosticCode.E0002, t, "unexpected indent");
      while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.EOF) {
        statementInto(out);
      }
      next();
      return;
    }
    if (t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.DEDENT) {
      next();
      return;
    }
    if (t.kind() == Token.Kind.NAME) {
      switch (t.text()) {
        case "def" -> {
          out.add(funcDef());
          return;
        }
        case "if" -> {
          out.add(ifStmt());
          return;
        }
        case "for" -> {
          out.add(forStmt());
          return;
        }
        case "while" -> {
          next();
          Expr test = test();
          out.add(new While(pos(t), test, block()));
          return;
        }
        case "with" -> {
          next();
          List<Expr> items = new ArrayList<>();
          do {
            items.add(test());
            if (accept("as")) {
              test();
            }
          } while (accept(","));
          out.add(new With(pos(t), items, block()));
          return;
        }
        case "try" -> {
          out.add(tryStmt());
          return;
        }
        case "class" -> {
          report(DiagnosticCode.E0107, t, "classes are not supported in strategies; use functions");
          skipCompound();
          out.add(new Rejected(pos(t), "class"));
          return;
        }
        case "async" -> {
          report(DiagnosticCode.E0108, t, "async code is not supported in strategies");
          skipCompound();
          out.add(new Rejected(pos(t), "async"));
          return;
        }
        case "@" -> {
          throw fail(t, "decorators are not supported");
        }
        default -> {}
      }
    }
    if (t.is("@")) {
      throw fail(t, "decorators are not supported");
    }
    simpleStatements(out);
  }

  private void skipCompound() {
    while (peek().kind() != Token.Kind.NEWLINE && peek().kind() != Token.Kind.EOF) {
      next();
    }
    next();
    if (peek().kind() == Token.Kind.INDENT) {
      int nesting = 0;
      do {
        Token x = next();
        if (x.kind() == Token.Kind.INDENT) {
          nesting++;
        } else if (x.kind() == Token.Kind.DEDENT) {
          nesting--;
        }
      } while (nesting > 0 && peek().kind() != Token.Kind.EOF);
    }
  }

  private void simpleStatements(List<Stmt> out) {
    while (true) {
      out.add(simpleStatement());
      if (accept(";")) {
        if (peek().kind() == Token.Kind.NEWLINE) {
          break;
        }
        continue;
      }
      break;
    }
    if (peek().kind() != Token.Kind.NEWLINE && peek().kind() != Token.Kind.EOF) {
      throw fail(peek(), "expected end of statement" + found(peek()));
    }
    next();
  }

  private Stmt simpleStatement() {
    Token t = peek();
    if (t.kind() == Token.Kind.NAME) {
      switch (t.text()) {
        case "return" -> {
          next();
          Expr v = null;
          if (peek().kind() != Token.Kind.NEWLINE && !at(";")) {
            v = testListAsTuple();
          }
          return new Return(pos(t), v);
        }
        case "pass" -> {
          next();
          return new Pass(pos(t));
        }
        case "break" -> {
          next();
          return new Break(pos(t));
        }
        case "continue" -> {
          next();
          return new Continue(pos(t));
        }
        case "global", "nonlocal" -> {
          report(DiagnosticCode.E0106, t, "'" + t.text() + "' is not supported; pass values as arguments and return"
              + " results instead");
          while (peek().kind() != Token.Kind.NEWLINE && peek().kind() != Token.Kind.EOF) {
            next();
          }
          return new Rejected(pos(t), t.text());
        }
        case "import" -> {
          next();
          String mod = dotted();
          String alias = accept("as") ? nameTok().text() : null;
          if (at(",")) {
            throw fail(peek(), "import one module per statement");
          }
          return new Import(pos(t), mod, alias, List.of());
        }
        case "from" -> {
          next();
          String mod = dotted();
          expect("import");
          boolean paren = accept("(");
          List<String[]> names = new ArrayList<>();
          do {
            if (paren && at(")")) {
              break;
            }
            Token n = peek();
            if (accept("*")) {
              names.add(new String[] {"*", "*", Integer.toString(n.line()), Integer.toString(n.column())});
              continue;
            }
            n = nameTok();
            String as = accept("as") ? nameTok().text() : n.text();
            names.add(new String[] {n.text(), as, Integer.toString(n.line()), Integer.toString(n.column())});
          } while (accept(","));
          if (paren) {
            expect(")");
          }
          return new Import(pos(t), mod, null, names);
        }
        case "del", "assert", "raise" -> {
          throw fail(t, "'" + t.text() + "' is not supported in strategies");
        }
        default -> {}
      }
    }
    Expr first = testListAsTuple();
    if (accept(":")) {
      Expr ann = test();
      Expr v = accept("=") ? testListAsTuple() : null;
      return new AnnAssign(pos(t), first, ann, v);
    }
    Token op = peek();
    if (op.kind() == Token.Kind.OP && AUG.contains(op.text())) {
      next();
      Expr v = testListAsTuple();
      return new AugAssign(pos(t), first, op.text().substring(0, op.text().length() - 1), v);
    }
    if (at("=")) {
      List<Expr> targets = new ArrayList<>();
      Expr value = first;
      while (accept("=")) {
        targets.add(value);
        value = testListAsTuple();
      }
      return new Assign(pos(t), targets, value);
    }
    return new ExprStmt(pos(t), first);
  }

  private String dotted() {
    StringBuilder sb = new StringBuilder(nameTok().text());
    while (accept(".")) {
      sb.append('.').append(nameTok().text());
    }
    return sb.toString();
  }

  private Token nameTok() {
    Token t = peek();
    if (t.kind() != Token.Kind.NAME) {
      throw fail(t, "expected a name" + found(t));
    }
    return next();
  }

  private List<Stmt> block() {
    expect(":");
    List<Stmt> body = new ArrayList<>();
    if (peek().kind() != Token.Kind.NEWLINE) {
      simpleStatements(body);
      return body;
    }
    next();
    if (peek().kind() != Token.Kind.INDENT) {
      throw fail(peek(), "expected an indented block");
    }
    next();
    while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.EOF) {
      statementInto(body);
    }
    next();
    return body;
  }

  private FunctionDef funcDef() {
    Token def = next();
    Token name = nameTok();
    expect("(");
    List<Param> params = new ArrayList<>();
    while (!at(")")) {
      Token pt = peek();
      if (at("*") || at("**")) {
        report(DiagnosticCode.E0109, pt, "star parameters (*args, **kwargs) are not supported");
        next();
        if (peek().kind() == Token.Kind.NAME) {
          next();
        }
      } else if (at("/")) {
        next();
      } else {
        Token pn = nameTok();
        Expr ann = accept(":") ? test() : null;
        Expr dflt = accept("=") ? test() : null;
        params.add(new Param(pos(pn), pn.text(), dflt, ann));
      }
      if (!accept(",")) {
        break;
      }
    }
    expect(")");
    Expr returns = accept("->") ? test() : null;
    return new FunctionDef(pos(def), name.text(), params, returns, block());
  }

  private If ifStmt() {
    Token t = next();
    Expr test = test();
    List<Stmt> body = block();
    List<Stmt> orelse = List.of();
    if (at("elif")) {
      orelse = List.of(ifStmt());
    } else if (at("else")) {
      next();
      orelse = block();
    }
    return new If(pos(t), test, body, orelse);
  }

  private For forStmt() {
    Token t = next();
    Expr target = targetList();
    expect("in");
    Expr iter = testListAsTuple();
    List<Stmt> body = block();
    if (at("else")) {
      throw fail(peek(), "for-else is not supported");
    }
    return new For(pos(t), target, iter, body);
  }

  private Expr targetList() {
    Token t = peek();
    List<Expr> elts = new ArrayList<>();
    elts.add(orExpr());
    boolean tuple = false;
    while (accept(",")) {
      tuple = true;
      if (at("in") || at("=")) {
        break;
      }
      elts.add(orExpr());
    }
    return tuple ? new TupleExpr(pos(t), elts) : elts.get(0);
  }

  private Try tryStmt() {
    Token t = next();
    List<Stmt> body = block();
    List<Handler> handlers = new ArrayList<>();
    while (at("except")) {
      Token e = next();
      List<String> types = new ArrayList<>();
      String name = null;
      if (!at(":")) {
        if (accept("(")) {
          do {
            types.add(dotted());
          } while (accept(",") && !at(")"));
          expect(")");
        } else {
          types.add(dotted());
        }
        if (accept("as")) {
          name = nameTok().text();
        }
      }
      handlers.add(new Handler(pos(e), types, name, block()));
    }
    List<Stmt> orelse = List.of();
    List<Stmt> fin = List.of();
    if (accept("else")) {
      orelse = block();
    }
    if (accept("finally")) {
      fin = block();
    }
    return new Try(pos(t), body, handlers, orelse, fin);
  }

  // ---- expressions ----

  private Expr testListAsTuple() {
    Token t = peek();
    Expr first = testOrStar();
    if (!at(",")) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(",")) {
      if (endsTestList()) {
        break;
      }
      elts.add(testOrStar());
    }
    return new TupleExpr(pos(t), elts);
  }

  private boolean endsTestList() {
    Token t = peek();
    return t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.EOF || at("=") || at(")") || at(";") || at(":")
        || at("]") || at("}") || (t.kind() == Token.Kind.OP && AUG.contains(t.text()));
  }

  private Expr testOrStar() {
    Token t = peek();
    if (at("*") || at("**")) {
      next();
      report(DiagnosticCode.E0109, t, "star arguments and unpacking are not supported");
      return new Starred(pos(t), test());
    }
    return test();
  }

  Expr test() {
    Token t = peek();
    if (at("lambda")) {
      next();
      List<Param> params = new ArrayList<>();
      while (!at(":")) {
        if (at("*") || at("**")) {
          report(DiagnosticCode.E0109, peek(), "star parameters are not supported");
          next();
          continue;
        }
        Token pn = nameTok();
        Expr dflt = accept("=") ? test() : null;
        params.add(new Param(pos(pn), pn.text(), dflt, null));
        if (!accept(",")) {
          break;
        }
      }
      expect(":");
      return new Lambda(pos(t), params, test());
    }
    if (at("yield") || at("await")) {
      next();
      report(DiagnosticCode.E0108, t, "generators and async code are not supported in strategies");
      if (!endsTestList()) {
        testListAsTuple();
      }
      return new NoneLit(pos(t));
    }
    Expr body = orTest();
    if (at("if") ) {
      next();
      Expr cond = orTest();
      expect("else");
      Expr orelse = test();
      return new IfExp(pos(t), cond, body, orelse);
    }
    if (at(":=")) {
      throw fail(peek(), "the walrus operator := is not supported");
    }
    return body;
  }

  private Expr orTest() {
    Token t = peek();
    Expr first = andTest();
    if (!at("or")) {
      return first;
    }
    List<Expr> vs = new ArrayList<>();
    vs.add(first);
    while (accept("or")) {
      vs.add(andTest());
    }
    return new BoolOp(pos(t), "or", vs);
  }

  private Expr andTest() {
    Token t = peek();
    Expr first = notTest();
    if (!at("and")) {
      return first;
    }
    List<Expr> vs = new ArrayList<>();
    vs.add(first);
    while (accept("and")) {
      vs.add(notTest());
    }
    return new BoolOp(pos(t), "and", vs);
  }

  private Expr notTest() {
    Token t = peek();
    if (accept("not")) {
      return new UnaryOp(pos(t), "not", notTest());
    }
    return comparison();
  }

  private Expr comparison() {
    Token t = peek();
    Expr left = orExpr();
    List<String> ops = new ArrayList<>();
    List<Expr> rights = new ArrayList<>();
    while (peek().kind() != Token.Kind.STRING && peek().kind() != Token.Kind.FSTRING
        && COMPARE.contains(peek().text())
        && (peek().kind() == Token.Kind.OP || peek().kind() == Token.Kind.NAME)) {
      Token op = next();
      String o = op.text();
      if (o.equals("not")) {
        expect("in");
        o = "not in";
      } else if (o.equals("is") && accept("not")) {
        o = "is not";
      }
      ops.add(o);
      rights.add(orExpr());
    }
    return ops.isEmpty() ? left : new Compare(pos(t), left, ops, rights);
  }

  private Expr orExpr() {
    Token t = peek();
    Expr e = xorExpr();
    while (at("|")) {
      next();
      e = new BinOp(pos(t), "|", e, xorExpr());
    }
    return e;
  }

  private Expr xorExpr() {
    Token t = peek();
    Expr e = andExpr();
    while (at("^")) {
      next();
      e = new BinOp(pos(t), "^", e, andExpr());
    }
    return e;
  }

  private Expr andExpr() {
    Token t = peek();
    Expr e = shiftExpr();
    while (at("&")) {
      next();
      e = new BinOp(pos(t), "&", e, shiftExpr());
    }
    return e;
  }

  private Expr shiftExpr() {
    Token t = peek();
    Expr e = arith();
    while (at("<<") || at(">>")) {
      String op = next().text();
      e = new BinOp(pos(t), op, e, arith());
    }
    return e;
  }

  private Expr arith() {
    Token t = peek();
    Expr e = term();
    while (at("+") || at("-")) {
      Token op = next();
      e = new BinOp(e.pos(), op.text(), e, term());
    }
    return e;
  }

  private Expr term() {
    Expr e = factor();
    while (at("*") || at("/") || at("//") || at("%") || at("@")) {
      Token op = next();
      if (op.text().equals("@")) {
        throw fail(op, "the matrix operator @ is not supported; use np.dot");
      }
      e = new BinOp(e.pos(), op.text(), e, factor());
    }
    return e;
  }

  private Expr factor() {
    Token t = peek();
    if (at("-") || at("+") || at("~")) {
      next();
      Expr operand = factor();
      if (t.text().equals("-") && operand instanceof IntLit il) {
        return new IntLit(pos(t), -il.value());
      }
      if (t.text().equals("-") && operand instanceof FloatLit fl) {
        return new FloatLit(pos(t), -fl.value());
      }
      return new UnaryOp(pos(t), t.text(), operand);
    }
    return power();
  }

  private Expr power() {
    Expr base = postfix();
    if (at("**")) {
      Token op = next();
      return new BinOp(pos(op), "**", base, factor());
    }
    return base;
  }

  private Expr postfix() {
    Expr e = atom();
    while (true) {
      Token t = peek();
      if (accept("(")) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> kws = new ArrayList<>();
        while (!at(")")) {
          Token a = peek();
          if (a.kind() == Token.Kind.NAME && peekAt(1).is("=")) {
            next();
            next();
            kws.add(new Keyword(pos(a), a.text(), test()));
          } else {
            Expr arg = testOrStar();
            if (at("for")) {
              arg = comprehension(a, arg);
            }
            args.add(arg);
          }
          if (!accept(",")) {
            break;
          }
        }
        expect(")");
        e = new Call(e.pos(), e, args, kws);
      } else if (accept("[")) {
        Expr idx = subscriptList();
        expect("]");
        e = new Subscript(pos(t), e, idx);
      } else if (accept(".")) {
        Token n = nameTok();
        e = new Attribute(pos(n), e, n.text());
      } else {
        return e;
      }
    }
  }

  private Expr subscriptList() {
    Token t = peek();
    Expr first = subscriptItem();
    if (!at(",")) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(",")) {
      if (at("]")) {
        break;
      }
      elts.add(subscriptItem());
    }
    return new TupleExpr(pos(t), elts);
  }

  private Expr subscriptItem() {
    Token t = peek();
    Expr lower = null;
    if (!at(":")) {
      lower = test();
      if (!at(":")) {
        return lower;
      }
    }
    expect(":");
    Expr upper = (at(":") || at("]") || at(",")) ? null : test();
    Expr step = null;
    if (accept(":")) {
      step = (at("]") || at(",")) ? null : test();
    }
    return new Slice(pos(t), lower, upper, step);
  }

  private Expr comprehension(Token start, Expr elt) {
    expect("for");
    Expr target = targetList();
    expect("in");
    Expr iter = orTest();
    List<Expr> conds = new ArrayList<>();
    while (accept("if")) {
      conds.add(orTest());
    }
    if (at("for")) {
      throw fail(peek(), "nested comprehensions are not supported; use a loop");
    }
    return new ListComp(pos(start), elt, target, iter, conds);
  }

  private Expr atom() {
    Token t = peek();
    switch (t.kind()) {
      case INT -> {
        next();
        try {
          return new IntLit(pos(t), Long.parseLong(t.text()));
        } catch (NumberFormatException e) {
          throw fail(t, "integer literal does not fit in 64 bits");
        }
      }
      case FLOAT -> {
        next();
        return new FloatLit(pos(t), Double.parseDouble(t.text()));
      }
      case STRING, FSTRING -> {
        // adjacent literals concatenate; any f-string among them makes the whole an f-string
        List<Token> parts = new ArrayList<>();
        boolean f = false;
        while (peek().kind() == Token.Kind.STRING || peek().kind() == Token.Kind.FSTRING) {
          f |= peek().kind() == Token.Kind.FSTRING;
          parts.add(next());
        }
        if (!f) {
          StringBuilder sb = new StringBuilder();
          parts.forEach(x -> sb.append(x.text()));
          return new StrLit(pos(t), sb.toString());
        }
        List<Expr> out = new ArrayList<>();
        for (Token x : parts) {
          if (x.kind() == Token.Kind.STRING) {
            out.add(new StrLit(pos(x), x.text()));
          } else {
            FStrings.parse(x, out, diags, src);
          }
        }
        return new FString(pos(t), out);
      }
      case NAME -> {
        next();
        return switch (t.text()) {
          case "True" -> new BoolLit(pos(t), true);
          case "False" -> new BoolLit(pos(t), false);
          case "None" -> new NoneLit(pos(t));
          case "def", "if", "else", "for", "while", "return", "in", "and", "or", "not", "class", "import", "from",
              "lambda", "pass", "break", "continue", "try", "except", "with", "as", "elif" ->
              throw fail(t, "unexpected keyword '" + t.text() + "'");
          default -> new Name(pos(t), t.text());
        };
      }
      case OP -> {
        if (accept("(")) {
          if (accept(")")) {
            return new TupleExpr(pos(t), List.of());
          }
          Expr first = testOrStar();
          if (at("for")) {
            Expr c = comprehension(t, first);
            expect(")");
            return c;
          }
          if (!at(",")) {
            expect(")");
            return first;
          }
          List<Expr> elts = new ArrayList<>();
          elts.add(first);
          while (accept(",")) {
            if (at(")")) {
              break;
            }
            elts.add(testOrStar());
          }
          expect(")");
          return new TupleExpr(pos(t), elts);
        }
        if (accept("[")) {
          List<Expr> elts = new ArrayList<>();
          if (!at("]")) {
            Expr first = testOrStar();
            if (at("for")) {
              Expr c = comprehension(t, first);
              expect("]");
              return c;
            }
            elts.add(first);
            while (accept(",")) {
              if (at("]")) {
                break;
              }
              elts.add(testOrStar());
            }
          }
          expect("]");
          return new ListExpr(pos(t), elts);
        }
        if (accept("{")) {
          List<Expr> keys = new ArrayList<>();
          List<Expr> values = new ArrayList<>();
          boolean set = false;
          while (!at("}")) {
            Expr k = test();
            if (accept(":")) {
              keys.add(k);
              values.add(test());
            } else {
              set = true;
            }
            if (!accept(",")) {
              break;
            }
          }
          expect("}");
          if (set) {
            diags.add(Diagnostic.of(DiagnosticCode.E0110, src, t.line(), t.column(),
                "sets and dict comprehensions are not supported"));
          }
          return new DictExpr(pos(t), keys, values);
        }
        throw fail(t, "unexpected '" + t.text() + "'");
      }
      default -> throw fail(t, "unexpected" + found(t).replace(" but found", ""));
    }
  }
}
