package io.peripheral.strategy.check;

import io.peripheral.strategy.Diagnostic;
import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.lower.RuntimeFuncs;
import io.peripheral.strategy.syntax.Node.*;
import io.peripheral.strategy.syntax.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks names, types and the subset, specializing each function per call-site argument types, and lowers the
 * program to IR. Entry point: {@link #check}.
 */
public final class Checker {
  /** A tunable parameter of an entry point: its name, type and default value. */
  public record Param(String name, Type type, Object defaultValue) {}

  /** An entry point the host can call. */
  public record Entry(String name, List<Param> params) {
    public Entry {
      params = List.copyOf(params);
    }
  }

  /** The outcome of checking: a module when there were no errors, and every diagnostic. */
  public record Result(Ir.Module module, List<Diagnostic> diagnostics, List<Entry> entries, List<String> columns,
      List<String> strings, Set<String> usedColumns) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
      entries = entries == null ? List.of() : List.copyOf(entries);
      columns = columns == null ? List.of() : List.copyOf(columns);
      strings = strings == null ? List.of() : List.copyOf(strings);
      usedColumns = usedColumns == null ? Set.of() : Set.copyOf(usedColumns);
    }
  }

  private final boolean fuseStatements;
  /** Names bound at module level: functions, constants, imports. */
  private final Set<String> moduleNames = new HashSet<>();
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  static final List<String> ENTRIES = List.of("generate_signals", "screen");
  static final List<String> STANDARD_COLUMNS = List.of("time", "open", "high", "low", "close", "volume");
  static final Set<String> FORBIDDEN = Set.of("open", "eval", "exec", "compile", "__import__", "getattr", "setattr",
      "delattr", "globals", "locals", "vars", "input", "breakpoint", "memoryview", "type", "object", "super",
      "hasattr", "dir", "id", "help", "exit", "quit", "iter", "next", "classmethod", "staticmethod", "property");
  static final Set<String> PERIPHERAL = Set.of("resample", "align", "hour", "minute", "weekday");

  private static String preludeSource;

  final String source;
  final List<Diagnostic> diags = new ArrayList<>();
  private final Set<String> diagKeys = new HashSet<>();
  final Map<String, FunctionDef> defs = new LinkedHashMap<>();
  final Map<String, FunctionDef> preludeDefs = new HashMap<>();
  final Map<String, Object> constants = new HashMap<>();
  final Map<String, Type> aliases = new HashMap<>();
  final Map<String, Spec> specs = new LinkedHashMap<>();
  final Map<String, Ir.Func> helpers = new LinkedHashMap<>();
  /** Element-wise results not yet stored anywhere, by their IR node, so enclosing operations can fuse them. */
  final Map<Ir.Expr, Vectors.Node> fusable = new java.util.IdentityHashMap<>();
  /** Fused helper names by structure. */
  final Map<String, String> fusedNames = new HashMap<>();
  final List<String> strings = new ArrayList<>();
  final List<String> columns = new ArrayList<>();
  /** Columns the program reads (the host writes only these into the module's memory). */
  final Set<String> usedColumns = new java.util.TreeSet<>();
  int lambdaCounter;
  /** Lifted nested functions and lambdas: the enclosing variables each reads, passed as its last parameters. */
  final Map<String, List<String>> captures = new HashMap<>();
  /** Lifted nested function -> the nested functions visible in its body (itself and earlier siblings). */
  final Map<String, Map<String, String>> nestedScopes = new HashMap<>();
  int quiet;

  /** One specialization of a function for particular argument types. */
  static final class Spec {
    final String key;
    final String irName;
    final FunctionDef def;
    final List<Type> argTypes;
    final boolean entry;
    final boolean prelude;
    Type ret;
    boolean inProgress;
    boolean retUsedBeforeKnown;
    Ir.Func func;

    Spec(String key, String irName, FunctionDef def, List<Type> argTypes, boolean entry, boolean prelude) {
      this.key = key;
      this.irName = irName;
      this.def = def;
      this.argTypes = List.copyOf(argTypes);
      this.entry = entry;
      this.prelude = prelude;
    }
  }

  private Checker(String source, boolean fuseStatements) {
    this.source = source;
    this.fuseStatements = fuseStatements;
    columns.addAll(STANDARD_COLUMNS);
  }

  /**
   * Checks and lowers a parsed module, with statements fused across (see {@link StatementFusion}) or, with
   * fuseStatements false, exactly as written.
   */
  public static Result check(String source, boolean fuseStatements) {
    Parser.Result parsed = Parser.parse(source);
    Checker c = new Checker(source, fuseStatements);
    c.diags.addAll(parsed.diagnostics());
    for (Diagnostic d : parsed.diagnostics()) {
      c.diagKeys.add(d.code() + ":" + d.line() + ":" + d.column());
    }
    return c.run(parsed.body());
  }

  void error(DiagnosticCode code, Pos pos, String message) {
    if (quiet > 0) {
      return;
    }
    String key = code + ":" + pos.line() + ":" + pos.column();
    if (diagKeys.add(key)) {
      diags.add(Diagnostic.of(code, source, pos.line(), pos.column(), message));
    }
  }

  int stringId(String s) {
    int i = strings.indexOf(s);
    if (i < 0) {
      strings.add(s);
      i = strings.size() - 1;
    }
    return i;
  }

  int columnSlot(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      columns.add(name);
      i = columns.size() - 1;
    }
    return i;
  }

  private static synchronized String prelude() {
    if (preludeSource == null) {
      try (InputStream in = Checker.class.getResourceAsStream("/io/peripheral/strategy/prelude.py")) {
        preludeSource = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return preludeSource;
  }

  private Result run(List<Stmt> body) {
    Parser.Result pre = Parser.parse(prelude());
    if (!pre.diagnostics().isEmpty()) {
      throw new IllegalStateException("prelude does not parse: " + pre.diagnostics().get(0).format());
    }
    for (Stmt s : pre.body()) {
      if (s instanceof FunctionDef f) {
        preludeDefs.put(f.name(), f);
      }
    }
    collectStrings(body);
    moduleNames.addAll(ModuleNames.of(body));
    for (Stmt s : body) {
      topLevel(s);
    }
    safetyScan(body);
    List<Entry> entries = new ArrayList<>();
    List<Ir.Func> entryFuncs = new ArrayList<>();
    for (String name : ENTRIES) {
      FunctionDef def = defs.get(name);
      if (def != null) {
        Entry e = entry(def, entryFuncs);
        if (e != null) {
          entries.add(e);
        }
      }
    }
    if (entries.isEmpty() && diags.stream().noneMatch(Diagnostic::isError)) {
      error(DiagnosticCode.E0209, new Pos(1, 1), "a strategy must define generate_signals(df) or screen(df)");
    }
    // check every user function at least once for diagnostics when it is never called with known types
    diags.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
        : Integer.compare(a.column(), b.column()));
    if (diags.stream().anyMatch(Diagnostic::isError)) {
      return new Result(null, diags, entries, columns, strings, usedColumns);
    }
    List<Ir.Func> funcs = new ArrayList<>(RuntimeFuncs.all());
    funcs.addAll(io.peripheral.strategy.lower.Splitter.runtime());
    funcs.addAll(helpers.values());
    List<Ir.Func> specFuncs = new ArrayList<>();
    for (Spec s : specs.values()) {
      specFuncs.add(s.func);
    }
    funcs.addAll(io.peripheral.strategy.lower.Splitter.split(specFuncs));
    funcs.addAll(entryFuncs);
    byte[] data = stringData();
    int heap = Layout.STATIC_START + data.length + 64;
    List<Long> globals = List.of((long) heap, 0L, 10_000L, 0L, 0L, 0L);
    Ir.Module m = new Ir.Module(funcs, data, Layout.STATIC_START, heap, globals);
    return new Result(m, diags, entries, columns, strings, usedColumns);
  }

  /** Strings as [len i32][utf8 bytes] records in the data segment (read by the host to print them). */
  private byte[] stringData() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String s : strings) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.write(b.length & 0xff);
      out.write((b.length >> 8) & 0xff);
      out.write((b.length >> 16) & 0xff);
      out.write((b.length >> 24) & 0xff);
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  /** Forbidden names and dunder attributes are errors even in functions that are never called. */
  private void safetyScan(List<Stmt> body) {
    StringCollector.expressions(body, e -> {
      if (e instanceof Name n && FORBIDDEN.contains(n.id()) && !defs.containsKey(n.id())) {
        error(DiagnosticCode.E0103, n.pos(), "'" + n.id() + "' is not allowed in strategies: they cannot reach"
            + " files, code or the host");
      } else if (e instanceof Name n && n.id().startsWith("__") && n.id().endsWith("__")) {
        error(DiagnosticCode.E0105, n.pos(), "dunder names like '" + n.id() + "' are not accessible");
      } else if (e instanceof Attribute a && a.attr().startsWith("__")) {
        error(DiagnosticCode.E0105, a.pos(), "dunder attributes like '" + a.attr() + "' are not accessible");
      }
    });
  }

  private void collectStrings(List<Stmt> body) {
    // column names used anywhere as string literals get a slot, so df['x'] is a constant-time lookup
    StringCollector.collect(body, s -> {
      if (s.length() < 64 && IDENTIFIER.matcher(s).matches()) {
        columnSlot(s);
      }
    });
  }

  private void topLevel(Stmt s) {
    if (s instanceof FunctionDef f) {
      if (f.name().startsWith("__")) {
        error(DiagnosticCode.E0105, f.pos(), "names starting with '__' are reserved");
      }
      if (defs.containsKey(f.name())) {
        error(DiagnosticCode.E0201, f.pos(), "function '" + f.name() + "' is defined twice");
      }
      defs.put(f.name(), fuseStatements ? StatementFusion.apply(f, moduleNames) : f);
    } else if (s instanceof Import im) {
      importStmt(im);
    } else if (s instanceof Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Name n) {
      Object v = constValue(a.value());
      if (v == null) {
        error(DiagnosticCode.E0110, a.value().pos(),
            "module-level assignments must be constants (numbers, strings, booleans); compute inside a function");
      } else {
        constants.put(n.id(), v);
      }
    } else if (s instanceof AnnAssign a && a.target() instanceof Name n && a.value() != null) {
      Object v = constValue(a.value());
      if (v == null) {
        error(DiagnosticCode.E0110, a.value().pos(), "module-level assignments must be constants");
      } else {
        constants.put(n.id(), v);
      }
    } else if (s instanceof ExprStmt e && e.value() instanceof StrLit) {
      return;
    } else if (s instanceof Pass || s instanceof Rejected) {
      return;
    } else {
      error(DiagnosticCode.E0110, s.pos(),
          "only imports, constants and function definitions are allowed at module level");
    }
  }

  Object constValue(Expr e) {
    if (e instanceof IntLit i) {
      return i.value();
    } else if (e instanceof FloatLit f) {
      return f.value();
    } else if (e instanceof StrLit s) {
      return s.value();
    } else if (e instanceof BoolLit b) {
      return b.value();
    } else if (e instanceof UnaryOp u && u.op().equals("-")) {
      Object v = constValue(u.operand());
      if (v instanceof Long l) {
        return -l;
      }
      if (v instanceof Double d) {
        return -d;
      }
    } else if (e instanceof Name n && constants.containsKey(n.id())) {
      return constants.get(n.id());
    }
    return null;
  }

  private void importStmt(Import im) {
    if (im.names().isEmpty()) {
      String alias = im.alias() != null ? im.alias() : im.module();
      switch (im.module()) {
        case "numpy" -> aliases.put(alias, Type.module("np"));
        case "pandas" -> aliases.put(alias, Type.module("pd"));
        case "math" -> aliases.put(alias, Type.module("math"));
        case "typing" -> {}
        default -> error(DiagnosticCode.E0102, im.pos(), "import of '" + im.module() + "' is not allowed; strategies"
            + " may import numpy, pandas, math, typing and peripheral");
      }
      return;
    }
    switch (im.module()) {
      case "typing", "__future__" -> {}
      case "peripheral" -> {
        for (String[] n : im.names()) {
          if (!PERIPHERAL.contains(n[0])) {
            error(DiagnosticCode.E0102, new Pos(Integer.parseInt(n[2]), Integer.parseInt(n[3])),
                "peripheral has no '" + n[0] + "'; available: resample, align, hour, minute, weekday");
          } else {
            aliases.put(n[1], Type.func("peripheral." + n[0]));
          }
        }
      }
      case "math" -> {
        for (String[] n : im.names()) {
          aliases.put(n[1], Type.func("math." + n[0]));
        }
      }
      case "numpy" -> {
        for (String[] n : im.names()) {
          aliases.put(n[1], Type.func("np." + n[0]));
        }
      }
      default -> error(DiagnosticCode.E0102, im.pos(), "import from '" + im.module() + "' is not allowed; strategies"
          + " may import numpy, pandas, math, typing and peripheral");
    }
  }

  /** Returns the specialization of a user or prelude function for these argument types, lowering it on first use. */
  Spec specialize(FunctionDef def, List<Type> argTypes, boolean prelude, boolean entry) {
    String key = (prelude ? "p:" : "u:") + def.name() + argTypes + (entry ? "!" : "");
    Spec s = specs.get(key);
    if (s != null) {
      return s;
    }
    String irName = (prelude ? "" : "f_") + def.name() + "$" + specs.size();
    s = new Spec(key, irName, def, argTypes, entry, prelude);
    specs.put(key, s);
    s.inProgress = true;
    FunctionLowerer.lower(this, s);
    s.inProgress = false;
    return s;
  }

  private Entry entry(FunctionDef def, List<Ir.Func> entryFuncs) {
    List<Param> params = new ArrayList<>();
    List<Type> types = new ArrayList<>();
    if (def.params().isEmpty()) {
      error(DiagnosticCode.E0209, def.pos(), def.name() + " must take the bars DataFrame as its first parameter");
      return null;
    }
    types.add(Type.DF);
    for (int i = 1; i < def.params().size(); i++) {
      io.peripheral.strategy.syntax.Node.Param p = def.params().get(i);
      Object v = p.defaultValue() == null ? null : constValue(p.defaultValue());
      if (v == null || v instanceof String) {
        error(DiagnosticCode.E0209, p.pos(), "entry parameter '" + p.name()
            + "' needs a numeric or boolean default value so the host can tune it");
        return null;
      }
      Type t = v instanceof Long ? Type.INT : v instanceof Double ? Type.FLOAT : Type.BOOL;
      params.add(new Param(p.name(), t, v));
      types.add(t);
    }
    Spec s = specialize(def, types, false, true);
    if (s.func == null) {
      return null;
    }
    List<Ir.Vt> vts = new ArrayList<>();
    List<Ir.Expr> args = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      vts.add(types.get(i).vt());
      args.add(new Ir.Get(i, types.get(i).vt()));
    }
    List<Ir.Stmt> body = List.of(
        new Ir.GSet(Layout.G_DEPTH_LIMIT, new Ir.Get(types.size(), Ir.Vt.I32)),
        new Ir.GSet(Layout.G_DEPTH, Ir.Const.i32(0)),
        new Ir.GSet(Layout.G_LOG, Ir.Const.i32(0)),
        new Ir.Store("i32.store", Ir.Const.i32(Layout.RES_KIND), Ir.Const.i32(Layout.R_NONE), 0),
        new Ir.Do(new Ir.Call(s.irName, null, args)));
    List<Ir.Vt> allParams = new ArrayList<>(vts);
    allParams.add(Ir.Vt.I32);
    entryFuncs.add(new Ir.Func("entry_" + def.name(), allParams, null, List.of(), body, def.name()));
    return new Entry(def.name(), params);
  }

  /** Specializes a prelude function and returns its IR name. */
  String specializePrelude(String name, List<Type> types) {
    FunctionDef def = preludeDefs.get(name);
    if (def == null) {
      throw new IllegalStateException("prelude has no " + name);
    }
    return specialize(def, types, true, false).irName;
  }

  /** Calls a prelude function with already lowered arguments. */
  TE callPrelude(FunctionLowerer fl, String name, List<TE> args, Pos pos) {
    FunctionDef def = preludeDefs.get(name);
    if (def == null) {
      throw new IllegalStateException("prelude has no " + name);
    }
    return Library.invoke(fl, def, args, true, pos);
  }
}
