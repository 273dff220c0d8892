package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.syntax.Node.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pandas module functions and the peripheral helpers (resample, align, hour, minute, weekday). */
final class Pandas {
  private Pandas() {}

  private static final Pattern RULE = Pattern.compile("(\\d*)\\s*(s|S|sec|min|m|T|h|H|d|D)");

  static TE call(FunctionLowerer fl, String name, Call call) {
    Pos pos = call.pos();
    switch (name) {
      case "Series" -> {
        Map<String, Expr> a = Args.bind(fl, call, "pd.Series", "data", "dtype?");
        TE x = Library.req(fl, a, "data");
        TE arr = Numpy.asArray(Numpy.arrayArg(fl, x, pos));
        K dt = Library.dtype(fl, a.get("dtype"));
        if (dt != null && dt != arr.type().elem()) {
          arr = new TE(Type.array(dt), Types.convert(fl, arr, Type.array(dt), pos));
        }
        return new TE(Type.series(arr.type().elem()), arr.ir());
      }
      case "isna", "isnull", "notna", "notnull" -> {
        TE x = Library.req(fl, Args.bind(fl, call, "pd." + name, "obj"), "obj");
        boolean na = name.startsWith("is");
        return Numpy.ufuncLike(fl, name, List.of(x), pos, (e, line) -> new TE(Type.BOOL,
            e.get(0).type().isFloat() ? bin(na ? "f64.ne" : "f64.eq", e.get(0).ir(), e.get(0).ir())
                : i32(na ? 0 : 1)));
      }
      case "concat" -> throw fl.bail(DiagnosticCode.E0110, pos, "pd.concat([...], axis=1) is supported only when"
          + " followed by .max(axis=1) or .min(axis=1)");
      default -> throw fl.bail(DiagnosticCode.E0104, pos, "pd." + name + " is not supported; supported pandas"
          + " functions are listed in docs/strategy-language.md");
    }
  }

  /** pd.concat([a, b, c], axis=1).max(axis=1): the row-wise extreme, skipping NaN. */
  static TE concatRowwise(FunctionLowerer fl, Call concat, String agg, Call aggCall) {
    Map<String, Expr> a = Args.bind(fl, concat, "pd.concat", "objs", "axis?");
    if (fl.c.constValue(a.getOrDefault("axis", new IntLit(concat.pos(), 0))) instanceof Long ax && ax != 1) {
      throw fl.bail(DiagnosticCode.E0206, concat.pos(), "only pd.concat([...], axis=1) is supported");
    }
    Map<String, Expr> aa = Args.bind(fl, aggCall, agg, "axis?");
    if (!(agg.equals("max") || agg.equals("min")) || !(fl.c.constValue(aa.getOrDefault("axis",
        new IntLit(aggCall.pos(), 0))) instanceof Long ax2 && ax2 == 1)) {
      throw fl.bail(DiagnosticCode.E0110, aggCall.pos(), "after pd.concat(..., axis=1) use .max(axis=1) or"
          + " .min(axis=1)");
    }
    Expr objs = a.get("objs");
    List<Expr> parts = objs instanceof ListExpr l ? l.elts() : objs instanceof TupleExpr t ? t.elts() : null;
    if (parts == null || parts.isEmpty()) {
      throw fl.bail(DiagnosticCode.E0201, concat.pos(), "pd.concat needs a list of Series");
    }
    TE acc = null;
    for (Expr p : parts) {
      TE v = Numpy.floatArr(fl, fl.expr(p), p.pos());
      if (acc == null) {
        acc = v;
      } else {
        acc = fl.c.callPrelude(fl, "__row" + agg, List.of(acc, v), aggCall.pos());
      }
    }
    return new TE(Type.FSER, acc.ir());
  }

  static long ruleNanos(FunctionLowerer fl, Expr e) {
    String rule = Exprs.constString(fl, e);
    Matcher m = RULE.matcher(rule.trim());
    if (!m.matches()) {
      throw fl.bail(DiagnosticCode.E0210, e.pos(), "unsupported rule '" + rule + "'; use e.g. '30s', '15m', '15min',"
          + " '4h' or '1d'");
    }
    long n = m.group(1).isEmpty() ? 1 : Long.parseLong(m.group(1));
    long unit = switch (m.group(2)) {
      case "s", "S", "sec" -> 1_000_000_000L;
      case "min", "m", "T" -> 60_000_000_000L;
      case "h", "H" -> 3_600_000_000_000L;
      default -> 86_400_000_000_000L;
    };
    if (n <= 0) {
      throw fl.bail(DiagnosticCode.E0210, e.pos(), "the rule must be positive");
    }
    return n * unit;
  }

  static TE peripheral(FunctionLowerer fl, String name, Call call) {
    Pos pos = call.pos();
    switch (name) {
      case "resample" -> {
        Map<String, Expr> a = Args.bind(fl, call, "resample", "df", "rule");
        TE df = Library.req(fl, a, "df");
        if (df.type().k() != K.DF) {
          throw fl.bail(DiagnosticCode.E0201, pos, "resample needs the bars DataFrame");
        }
        return fl.c.callPrelude(fl, "__resample", List.of(df, new TE(Type.INT, i64(ruleNanos(fl, a.get("rule"))))),
            pos);
      }
      case "align" -> {
        Map<String, Expr> a = Args.bind(fl, call, "align", "df", "htf", "values", "delay?");
        TE df = Library.req(fl, a, "df");
        TE htf = Library.req(fl, a, "htf");
        if (df.type().k() != K.DF || htf.type().k() != K.DF) {
          throw fl.bail(DiagnosticCode.E0201, pos, "align(df, htf, values) needs two DataFrames");
        }
        TE v = Numpy.floatArr(fl, Library.req(fl, a, "values"), pos);
        TE delay = Library.opt(fl, a, "delay", new TE(Type.INT, i64(0)));
        List<TE> args = new ArrayList<>(List.of(df, htf, v, new TE(Type.INT, Scalars.toI(delay))));
        return new TE(Type.FARR, fl.c.callPrelude(fl, "__align", args, pos).ir());
      }
      case "hour", "minute", "weekday" -> {
        TE df = Library.req(fl, Args.bind(fl, call, name, "df"), "df");
        if (df.type().k() != K.DF) {
          throw fl.bail(DiagnosticCode.E0201, pos, name + " needs the bars DataFrame");
        }
        return fl.c.callPrelude(fl, "__" + name, List.of(df), pos);
      }
      default -> throw fl.bail(DiagnosticCode.E0104, pos, "peripheral." + name + " is not supported");
    }
  }
}
