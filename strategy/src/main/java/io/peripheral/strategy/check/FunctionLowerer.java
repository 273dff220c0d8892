package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.lower.RuntimeFuncs;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Lowers one function specialization: infers variable types (re-running until they are stable, so a variable that
 * starts as int and later holds a float is a float throughout) and produces its IR.
 */
final class FunctionLowerer {
  /** Thrown inside an expression after a diagnostic was reported, to abandon the statement. */
  static final class Bail extends RuntimeException {
    Bail() {
      super(null, null, false, false);
    }
  }

  record Var(int local, Type type) {}

  /** Something a for loop can walk: a length and element access by a hidden counter. */
  record Seq(List<Ir.Stmt> setup, Ir.Expr length, Function<Ir.Expr, TE> element,
      Function<Ir.Expr, List<TE>> parts) {
    Seq(List<Ir.Stmt> setup, Ir.Expr length, Function<Ir.Expr, TE> element) {
      this(setup, length, element, null);
    }
  }

  final Checker c;
  final Checker.Spec spec;
  final List<Vt> locals = new ArrayList<>();
  final Map<String, Var> vars = new HashMap<>();
  final Map<String, Type> varTypes;
  final Deque<Integer> loops = new ArrayDeque<>();
  final Set<String> barLoopVars = new HashSet<>();
  /** Array local -> local holding its length, for arrays a surrounding loop never rebinds (see hoistLengths). */
  final Map<Integer, Integer> hoistedLen = new HashMap<>();
  /** Functions defined inside this one: source name -> lifted module-level name (see Closures). */
  final Map<String, String> localDefs = new HashMap<>();
  /** The rolling mean/std pair the statement being lowered starts (see RollPairs), or null. */
  RollPairs.Pair pendingPair;
  /** The std/var half computed with the previous statement's rolling mean, for this statement, or null. */
  RollPairs.Pair readyPair;
  TE readySecond;
  /** Names bound directly to a slice somewhere in this function (see SliceWrites). */
  Set<String> sliceNames = Set.of();
  /** A try's finally block, with how many loops were open when the try began. */
  record Finally(List<Stmt> body, int loopDepth) {}

  /** Enclosing finally blocks, innermost first: jumps out of a try run them (see unwind). */
  final Deque<Finally> finallies = new ArrayDeque<>();
  boolean changed;
  /** Optional variables known not to be None at the statement being lowered (see Narrowing). */
  Set<String> notNone = new HashSet<>();
  /** How many if/loop bodies enclose the current statement; at 0 a variable may be rebound to a new type. */
  int flowDepth;
  Type retType;
  int loopIds;

  private FunctionLowerer(Checker c, Checker.Spec spec, Map<String, Type> varTypes) {
    this.c = c;
    this.spec = spec;
    this.varTypes = varTypes;
  }

  static void lower(Checker c, Checker.Spec spec) {
    Map<String, Type> varTypes = new HashMap<>();
    int savedQuiet = c.quiet;
    c.quiet = 0;
    try {
      for (int pass = 0; pass < 8; pass++) {
        c.quiet++;
        FunctionLowerer fl = new FunctionLowerer(c, spec, varTypes);
        fl.run();
        c.quiet--;
        boolean retStable = Objects.equals(fl.retType, spec.ret) && !spec.retUsedBeforeKnown;
        spec.ret = fl.retType;
        spec.retUsedBeforeKnown = false;
        if (!fl.changed && retStable) {
          break;
        }
      }
      FunctionLowerer fl = new FunctionLowerer(c, spec, varTypes);
      List<Ir.Stmt> body = fl.run();
      spec.ret = fl.retType;
      Vt result = spec.entry || fl.retType == null || fl.retType.k() == K.NONE ? null : fl.retType.vt();
      List<Vt> params = new ArrayList<>();
      for (Type t : spec.argTypes) {
        params.add(t.vt());
      }
      List<Vt> extra = fl.locals.subList(params.size(), fl.locals.size());
      spec.func = new Ir.Func(spec.irName, params, result, extra, body, null);
    } finally {
      c.quiet = savedQuiet;
    }
  }

  Ir.Expr line(Pos p) {
    return i32(p.line());
  }

  int newLocal(Vt t) {
    locals.add(t);
    return locals.size() - 1;
  }

  Bail bail(DiagnosticCode code, Pos pos, String msg) {
    c.error(code, pos, msg);
    return new Bail();
  }

  private List<Ir.Stmt> run() {
    FunctionDef def = spec.def;
    localDefs.putAll(c.nestedScopes.getOrDefault(def.name(), Map.of()));
    sliceNames = spec.prelude ? Set.of() : SliceWrites.sliceNames(def.body());
    Map<String, Type> widened = new HashMap<>();
    for (int i = 0; i < def.params().size(); i++) {
      Type t = spec.argTypes.get(i);
      locals.add(t.vt());
      Type earlier = varTypes.get(def.params().get(i).name());
      if (earlier != null) {
        widened.put(def.params().get(i).name(), earlier);
      }
      vars.put(def.params().get(i).name(), new Var(i, t));
      varTypes.put(def.params().get(i).name(), t);
      Expr ann = def.params().get(i).annotation();
      if (ann != null) {
        checkAnnotation(ann, t);
      }
    }
    List<Ir.Stmt> out = new ArrayList<>();
    if (!spec.prelude) {
      out.add(doo(B.call("__enter", null, i32(def.pos().line()))));
      widenParams(widened, out);
    }
    out.addAll(block(def.body()));
    if (Optionals.fallsOffWithValue(this, def)) {
      // as in Python, reaching the end returns None: the function's result becomes Optional
      ret(new Return(def.pos(), null), out);
    } else if (!spec.prelude) {
      out.add(leave());
    }
    if (def.returns() != null && !spec.entry && !spec.prelude && retType != null
        && (retType.k() == K.OPTIONAL || Annotations.optionalValue(def.returns()) != null)) {
      // return annotations are checked where optionals are involved (elsewhere they stay documentation)
      checkAnnotation(def.returns(), retType);
    }
    return out;
  }

  /**
   * A parameter the body assigns a wider type (an int later a float, None later a value: lim=None then
   * {@code if lim is None: lim = 3.0}) holds that type throughout, like any variable: the argument is converted into
   * a local of the wider type on entry, so paths that do not assign it keep the argument's value. widened: each
   * parameter's type as the previous inference pass left it.
   */
  private void widenParams(Map<String, Type> widened, List<Ir.Stmt> out) {
    for (int i = 0; i < spec.def.params().size(); i++) {
      String name = spec.def.params().get(i).name();
      Type t = spec.argTypes.get(i);
      Type earlier = widened.get(name);
      Type j = earlier == null ? null : Optionals.join(t, earlier);
      if (j == null || j.equals(t)) {
        continue;
      }
      Var v = new Var(newLocal(j.vt()), j);
      out.add(set(v.local(), Types.convert(this, new TE(t, get(i, t.vt())), j, spec.def.pos())));
      vars.put(name, v);
      varTypes.put(name, j);
    }
  }

  Ir.Stmt leave() {
    return new Ir.GSet(Layout.G_DEPTH, bin("i32.sub", new Ir.GGet(Layout.G_DEPTH, Vt.I32), i32(1)));
  }

  void checkAnnotation(Expr ann, Type t) {
    Expr value = Annotations.optionalValue(ann);
    if (value != null) {
      if (t.k() != K.NONE) {
        checkAnnotation(value, t.k() == K.OPTIONAL ? t.valueType() : t);
      }
      return;
    }
    String name = ann instanceof Name n ? n.id() : ann instanceof Attribute a ? a.attr()
        : ann instanceof NoneLit ? "None" : null;
    if (name == null) {
      return;
    }
    boolean ok = switch (name) {
      case "int" -> t.isInt() || t.k() == K.BOOL;
      case "float" -> t.isNumber();
      case "bool" -> t.k() == K.BOOL;
      case "ndarray" -> t.k() == K.ARRAY;
      case "Series" -> t.k() == K.SERIES;
      case "DataFrame" -> t.k() == K.DF;
      case "str" -> t.k() == K.STR;
      case "None" -> t.k() == K.NONE;
      default -> true;
    };
    if (!ok) {
      c.error(DiagnosticCode.E0207, ann.pos(), "annotation '" + name + "' does not match the inferred type " + t);
    }
  }

  List<Ir.Stmt> block(List<Stmt> body) {
    List<Ir.Stmt> out = new ArrayList<>();
    // only a function's top-level statements pair rolling windows (RollPairs): straight-line, each runs once
    boolean top = flowDepth == 0 && !spec.prelude && readyPair == null && pendingPair == null;
    for (int i = 0; i < body.size(); i++) {
      Stmt s = body.get(i);
      if (top) {
        pendingPair = i + 1 < body.size() ? RollPairs.detect(s, body.get(i + 1)) : null;
      }
      try {
        stmt(s, out);
      } catch (Bail b) {
        // diagnostic already reported; continue with the next statement
      }
      if (top) {
        // the std/var half computed with this statement's mean is for the next statement only
        readyPair = readySecond != null ? pendingPair : null;
        readySecondForThis = readySecond;
        readySecond = null;
        pendingPair = null;
        if (readyPair == null) {
          readySecondForThis = null;
        }
      }
    }
    if (top) {
      readyPair = null;
      readySecondForThis = null;
    }
    return out;
  }

  /** The paired std/var for the statement being lowered (set by block), consumed by Windows. */
  TE readySecondForThis;

  // ---- statements ----

  private void stmt(Stmt s, List<Ir.Stmt> out) {
    if (s instanceof ExprStmt e) {
      if (e.value() instanceof StrLit) {
        return;
      }
      TE v = exprOpt(e.value());
      out.add(doo(v.ir()));
    } else if (s instanceof Assign a) {
      assign(a, out);
    } else if (s instanceof AnnAssign a) {
      if (a.value() == null) {
        return;
      }
      TE v = exprOpt(a.value());
      checkAnnotation(a.annotation(), v.type());
      assignTo(a.target(), v, out);
    } else if (s instanceof AugAssign a) {
      Expr target = a.target();
      TE cur = expr(target);
      TE rhs = expr(a.value());
      if (target instanceof Name n && cur.type().isVector() && sliceNames.contains(n.id())) {
        throw bail(DiagnosticCode.E0211, a.pos(), "'" + n.id() + "' holds a slice, which is a copy here (numpy"
            + " would update the original in place too); write '" + n.id() + " = ....copy()' to make the copy"
            + " explicit, or update the original");
      }
      if (target instanceof Subscript ts) {
        SliceWrites.checkStore(this, ts.value(), a.pos());
      }
      TE r = Ops.binary(this, a.op(), cur, rhs, a.pos());
      if (target instanceof Name n && r.type().isVector() && cur.type().isVector()
          && cur.type().elem() == r.type().elem()) {
        // in-place update keeps the same array object, as numpy does
        assignTo(n, r, out);
      } else {
        assignTo(target, r, out);
      }
    } else if (s instanceof Return r) {
      ret(r, out);
    } else if (s instanceof If i) {
      Ir.Expr c0 = test(i.test());
      Narrowing.Facts facts = Narrowing.of(i.test());
      Set<String> before = new HashSet<>(notNone);
      flowDepth++;
      try {
        // a branch that needs a variable holding only None to be something else never runs: it is not checked
        boolean thenDead = alwaysNone(facts.ifTrue());
        boolean elseDead = alwaysNone(facts.ifFalse());
        notNone.addAll(facts.ifTrue());
        List<Ir.Stmt> then = thenDead ? List.of() : block(i.body());
        Set<String> afterThen = notNone;
        notNone = new HashSet<>(before);
        notNone.addAll(facts.ifFalse());
        List<Ir.Stmt> orelse = elseDead ? List.of() : block(i.orelse());
        notNone = Narrowing.merge(afterThen, thenDead || Narrowing.terminates(i.body()), notNone,
            elseDead || Narrowing.terminates(i.orelse()));
        out.add(iff(c0, then, orelse));
      } finally {
        flowDepth--;
      }
    } else if (s instanceof While w) {
      List<Integer> hoisted = hoistLengths(w.body(), out);
      int id = loopIds++;
      loops.push(id);
      List<Ir.Stmt> body = new ArrayList<>();
      // each iteration may start after any assignment in the body: only facts about other names survive
      notNone.removeAll(Assigned.in(w.body()));
      Set<String> entry = new HashSet<>(notNone);
      body.add(iff(un("i32.eqz", test(w.test())), List.of(new Ir.Break(id))));
      Narrowing.Facts facts = Narrowing.of(w.test());
      notNone.addAll(facts.ifTrue());
      flowDepth++;
      try {
        body.addAll(block(w.body()));
      } finally {
        flowDepth--;
        // without a break, the loop ends only when its test is false
        notNone = entry;
        if (!Narrowing.breaks(w.body())) {
          notNone.addAll(facts.ifFalse());
        }
      }
      loops.pop();
      out.add(new Ir.Loop(id, body, List.of()));
      hoisted.forEach(hoistedLen::remove);
    } else if (s instanceof For f) {
      forLoop(f.pos(), f.target(), f.iter(), f.body(), null, out);
    } else if (s instanceof Break b) {
      if (loops.isEmpty()) {
        throw bail(DiagnosticCode.E0001, b.pos(), "'break' outside loop");
      }
      out.addAll(unwind(true));
      out.add(new Ir.Break(loops.peek()));
    } else if (s instanceof Continue b) {
      if (loops.isEmpty()) {
        throw bail(DiagnosticCode.E0001, b.pos(), "'continue' outside loop");
      }
      out.addAll(unwind(true));
      out.add(new Ir.Continue(loops.peek()));
    } else if (s instanceof Pass || s instanceof Rejected) {
      return;
    } else if (s instanceof With w) {
      for (Expr item : w.items()) {
        if (!(item instanceof Call call && call.func() instanceof Attribute at && at.attr().equals("errstate"))) {
          throw bail(DiagnosticCode.E0110, item.pos(), "only 'with np.errstate(...)' is supported");
        }
      }
      out.addAll(block(w.body()));
    } else if (s instanceof Try t) {
      Set<String> safe = new HashSet<>(notNone);
      safe.removeAll(Assigned.in(List.of(t)));
      Trys.lower(this, t, out, safe);
      notNone = new HashSet<>(safe);
    } else if (s instanceof Import im) {
      throw bail(DiagnosticCode.E0102, im.pos(), "imports must be at module level");
    } else if (s instanceof FunctionDef f) {
      if (spec.prelude) {
        throw bail(DiagnosticCode.E0110, f.pos(), "nested functions are not supported in the prelude");
      }
      localDefs.put(f.name(), Closures.lift(this, f));
    } else {
      throw bail(DiagnosticCode.E0110, s.pos(), "unsupported statement");
    }
  }

  /**
   * The condition of an if or while. While types are still being inferred, a test that does not check yet (best > v
   * while best has only been seen holding None) still lets the branches be lowered, so their assignments (best = v)
   * make the variable Optional for the next pass; the last pass reports it.
   */
  private Ir.Expr test(Expr test) {
    try {
      return cond(exprOpt(test), test.pos());
    } catch (Bail b) {
      if (c.quiet == 0) {
        throw b;
      }
      return i32(0);
    }
  }

  private void ret(Return r, List<Ir.Stmt> out) {
    TE v = r.value() == null ? new TE(Type.NONE, i32(0)) : exprOpt(r.value());
    if (spec.entry) {
      Results.store(this, v, r.pos(), out);
      out.addAll(unwind(false));
      if (!spec.prelude) {
        out.add(leave());
      }
      out.add(new Ir.Return(null));
      return;
    }
    // None on some paths and T on others makes the result Optional[T]
    Type j = Optionals.join(retType, v.type());
    if (j == null) {
      throw bail(DiagnosticCode.E0201, r.pos(), "this function returns " + retType + " elsewhere but " + v.type()
          + " here; every return must have the same type (or be None)");
    }
    retType = j;
    Type target = spec.ret != null ? Optionals.join(spec.ret, j) : j;
    if (target == null || target.k() == K.NONE) {
      if (v.type().k() != K.NONE) {
        out.add(doo(v.ir()));
      }
      out.addAll(unwind(false));
      if (!spec.prelude) {
        out.add(leave());
      }
      out.add(new Ir.Return(null));
    } else {
      Ir.Expr value = Types.convert(this, v, target, r.pos());
      if (!spec.prelude) {
        // evaluate first (it may call deeper), then leave this frame
        int l = newLocal(target.vt());
        out.add(set(l, value));
        out.addAll(unwind(false));
        out.add(leave());
        value = B.get(l, target.vt());
      }
      out.add(new Ir.Return(value));
    }
  }

  private void assign(Assign a, List<Ir.Stmt> out) {
    if (a.targets().size() == 1 && a.targets().get(0) instanceof TupleExpr tt && a.value() instanceof TupleExpr vt
        && tt.elts().size() == vt.elts().size()) {
      // a, b = b, a: evaluate everything first
      List<TE> tmps = new ArrayList<>();
      for (Expr e : vt.elts()) {
        TE v = exprOpt(e);
        int l = newLocal(v.type().vt());
        out.add(set(l, v.ir()));
        tmps.add(new TE(v.type(), get(l, v.type().vt())));
      }
      for (int i = 0; i < tmps.size(); i++) {
        assignTo(tt.elts().get(i), tmps.get(i), out);
      }
      return;
    }
    TE v = exprOpt(a.value());
    if (a.targets().size() > 1) {
      int l = newLocal(v.type().vt());
      out.add(set(l, v.ir()));
      v = new TE(v.type(), get(l, v.type().vt()));
    }
    for (Expr t : a.targets()) {
      assignTo(t, v, out);
    }
  }

  void assignTo(Expr target, TE v, List<Ir.Stmt> out) {
    if (target instanceof Name n) {
      assignVar(n.id(), v, n.pos(), out);
    } else if (target instanceof TupleExpr t || target instanceof ListExpr) {
      List<Expr> elts = target instanceof TupleExpr t2 ? t2.elts() : ((ListExpr) target).elts();
      if (v.type().k() != K.TUPLE || v.type().items().size() != elts.size()) {
        throw bail(DiagnosticCode.E0201, target.pos(), "cannot unpack " + v.type() + " into " + elts.size()
            + " names");
      }
      int l = newLocal(Vt.I32);
      out.add(set(l, v.ir()));
      for (int i = 0; i < elts.size(); i++) {
        assignTo(elts.get(i), Tuples.item(B.get(l, Vt.I32), v.type(), i), out);
      }
    } else if (target instanceof Subscript s) {
      Stores.subscript(this, s, v, out);
    } else if (target instanceof Attribute at) {
      if (at.attr().startsWith("__")) {
        throw bail(DiagnosticCode.E0105, at.pos(), "dunder attributes are not accessible in strategies");
      }
      throw bail(DiagnosticCode.E0110, at.pos(), "assigning to attributes is not supported; use df['"
          + at.attr() + "'] = ...");
    } else {
      throw bail(DiagnosticCode.E0001, target.pos(), "cannot assign to this expression");
    }
  }

  void assignVar(String name, TE v, Pos pos, List<Ir.Stmt> out) {
    if (name.startsWith("__") && !spec.prelude) {
      throw bail(DiagnosticCode.E0105, pos, "names starting with '__' are reserved");
    }
    if (v.type().k() == K.MODULE) {
      throw bail(DiagnosticCode.E0110, pos, "modules cannot be assigned to variables");
    }
    Type old = varTypes.get(name);
    Type j = Optionals.join(old, v.type());
    // assigning a value (not None, not an optional) proves the name is not None until it is assigned again
    boolean some = v.type().k() != K.NONE && v.type().k() != K.OPTIONAL;
    if (some) {
      notNone.add(name);
    } else {
      notNone.remove(name);
    }
    if (j == null && flowDepth == 0 && old != null) {
      // straight-line rebinding (x = np.where(...); x = pd.Series(x)): a new variable from here on
      varTypes.put(name, v.type());
      Var nv = new Var(newLocal(v.type().vt()), v.type());
      vars.put(name, nv);
      out.add(set(nv.local(), v.ir()));
      return;
    }
    if (j == null) {
      throw bail(DiagnosticCode.E0201, pos, "'" + name + "' holds " + old + " elsewhere but " + v.type()
          + " here; a variable keeps one type");
    }
    if (!j.equals(old)) {
      varTypes.put(name, j);
      changed = true;
    }
    Var var = vars.get(name);
    if (var == null || !var.type().equals(j)) {
      var = new Var(newLocal(j.vt()), j);
      vars.put(name, var);
    }
    out.add(set(var.local(), Types.convert(this, v, j, pos)));
  }

  /** Lowers {@code for target in iter: body}; extra (may be null) runs at the end of each iteration's body. */
  void forLoop(Pos pos, Expr target, Expr iter, List<Stmt> body, Function<List<Ir.Stmt>, Void> extra,
      List<Ir.Stmt> out) {
    Seq seq = Loops.sequence(this, target, iter);
    boolean bars = Loops.isBarLoop(iter);
    List<Integer> hoisted = body == null ? List.of() : hoistLengths(body, out, target);
    int n = newLocal(Vt.I64);
    int k = newLocal(Vt.I64);
    out.addAll(seq.setup());
    out.add(set(n, seq.length()));
    out.add(set(k, i64(0)));
    int id = loopIds++;
    loops.push(id);
    // each iteration may start after any assignment in the body: only facts about other names survive
    if (body != null) {
      notNone.removeAll(Assigned.in(body));
    }
    notNone.removeAll(Assigned.in(List.of(new Assign(target.pos(), List.of(target), target))));
    Set<String> entry = new HashSet<>(notNone);
    List<Ir.Stmt> b = new ArrayList<>();
    b.add(iff(bin("i64.ge_s", B.get(k, Vt.I64), B.get(n, Vt.I64)), List.of(new Ir.Break(id))));
    if (seq.parts() != null) {
      List<TE> parts = seq.parts().apply(B.get(k, Vt.I64));
      List<Expr> names = ((TupleExpr) target).elts();
      for (int i = 0; i < parts.size(); i++) {
        assignTo(names.get(i), parts.get(i), b);
      }
    } else {
      assignTo(target, seq.element().apply(B.get(k, Vt.I64)), b);
    }
    if (bars && target instanceof Name nm) {
      barLoopVars.add(nm.id());
    }
    flowDepth++;
    try {
      if (body != null) {
        b.addAll(block(body));
      }
    } finally {
      flowDepth--;
    }
    if (extra != null) {
      extra.apply(b);
    }
    notNone = entry;
    if (bars && target instanceof Name nm) {
      barLoopVars.remove(nm.id());
    }
    loops.pop();
    out.add(new Ir.Loop(id, b, List.of(set(k, bin("i64.add", B.get(k, Vt.I64), i64(1))))));
    hoisted.forEach(hoistedLen::remove);
  }

  /**
   * Reads, before a loop, the length of every array variable the loop body never rebinds, so checked indexing
   * inside the loop compares with a local instead of loading the length each time (the JVM cannot hoist that load:
   * stores into linear memory might alias it). Sound because an array's length never changes after creation (only
   * the prelude's __set_len rewrites one, so the prelude is left out). Returns the array locals added.
   */
  private List<Integer> hoistLengths(List<Stmt> body, List<Ir.Stmt> out, Expr... targets) {
    if (spec.prelude) {
      return List.of();
    }
    Set<String> rebound = Assigned.in(body);
    for (Expr t : targets) {
      rebound.addAll(Assigned.in(List.of(new Assign(t.pos(), List.of(t), t))));
    }
    List<Integer> added = new ArrayList<>();
    for (Map.Entry<String, Var> e : vars.entrySet()) {
      Var v = e.getValue();
      if (v.type().isVector() && !rebound.contains(e.getKey()) && !hoistedLen.containsKey(v.local())) {
        int l = newLocal(Vt.I64);
        out.add(set(l, len(B.get(v.local(), Vt.I32))));
        hoistedLen.put(v.local(), l);
        added.add(v.local());
      }
    }
    return added;
  }

  /** The i32 truth value of a condition; arrays are ambiguous as in numpy. */
  Ir.Expr cond(TE t, Pos pos) {
    if (t.type().isVector()) {
      throw bail(DiagnosticCode.E0204, pos, "the truth value of an array is ambiguous; use .any(), .all() or index"
          + " one element");
    }
    if (t.type().k() == K.LIST) {
      return bin("i64.ne", len(t.ir()), i64(0));
    }
    if (t.type().k() == K.OPTIONAL) {
      List<Ir.Stmt> pre = new ArrayList<>();
      Ir.Expr e = Optionals.truth(this, t, pre);
      if (e == null) {
        throw bail(DiagnosticCode.E0204, pos, "the truth value of " + t.type() + " is ambiguous; test 'is None'"
            + " or 'is not None' explicitly");
      }
      return seq(pre, e);
    }
    Ir.Expr e = Scalars.truth(t);
    if (e == null) {
      throw bail(DiagnosticCode.E0204, pos, "a " + t.type() + " cannot be used as a condition");
    }
    return e;
  }

  /**
   * The finally blocks a jump must run before it leaves their try, innermost first: all of them for a return, those
   * of tries inside the innermost loop for break and continue. Each is lowered again at each jump (a finally that
   * itself jumps sees only the blocks outside it).
   */
  List<Ir.Stmt> unwind(boolean loopJump) {
    List<Ir.Stmt> out = new ArrayList<>();
    if (finallies.isEmpty()) {
      return out;
    }
    List<Finally> saved = new ArrayList<>(finallies);
    try {
      while (!finallies.isEmpty() && !(loopJump && finallies.peek().loopDepth() < loops.size())) {
        out.addAll(block(finallies.pop().body()));
      }
    } finally {
      finallies.clear();
      finallies.addAll(saved);
    }
    return out;
  }

  /** Stores a value in a fresh local and returns an expression reading it. */
  TE temp(TE v, List<Ir.Stmt> out) {
    int l = newLocal(v.type().vt());
    out.add(set(l, v.ir()));
    return new TE(v.type(), get(l, v.type().vt()));
  }

  // ---- expressions ----

  /**
   * Whether one of names is a variable whose type is None (it never holds anything else), so code that runs only when
   * it is not None never runs: def f(x, lo=None) called without lo, then 'if lo is not None and x < lo:'.
   */
  boolean alwaysNone(Set<String> names) {
    for (String n : names) {
      Var v = vars.get(n);
      Type t = v != null ? v.type() : varTypes.get(n);
      if (t != null && t.k() == K.NONE) {
        return true;
      }
    }
    return false;
  }

  /** Lowers an expression whose value is used as such: an optional must have been narrowed first (E0212). */
  TE expr(Expr e) {
    TE v = Exprs.lower(this, e);
    if (v.type().k() == K.OPTIONAL) {
      throw Optionals.mayBeNone(this, e, v.type());
    }
    return v;
  }

  /** Lowers an expression that may be an optional: where None is handled (assignments, returns, arguments, tests). */
  TE exprOpt(Expr e) {
    return Exprs.lower(this, e);
  }

  TE readVar(Name n) {
    Var v = vars.get(n.id());
    if (v == null && varTypes.containsKey(n.id())) {
      Type t = varTypes.get(n.id());
      v = new Var(newLocal(t.vt()), t);
      vars.put(n.id(), v);
    }
    if (v != null) {
      TE r = new TE(v.type(), get(v.local(), v.type().vt()));
      return v.type().k() == K.OPTIONAL && notNone.contains(n.id()) ? Optionals.narrow(r) : r;
    }
    return null;
  }

  Ir.Expr raise(int code, Pos pos, Ir.Expr aux, Vt type) {
    return seq(RuntimeFuncs.raise(code, line(pos), aux), zero(type));
  }

  static Ir.Expr zero(Vt t) {
    return switch (t) {
      case I32 -> i32(0);
      case I64 -> i64(0);
      case F64 -> f64(0);
    };
  }
}
