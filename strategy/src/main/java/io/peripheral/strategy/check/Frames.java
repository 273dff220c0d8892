package io.peripheral.strategy.check;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.DiagnosticCode;
import io.peripheral.strategy.lower.B;
import io.peripheral.strategy.check.Type.K;
import io.peripheral.strategy.lower.Ir;
import io.peripheral.strategy.lower.Ir.Vt;
import io.peripheral.strategy.lower.Layout;
import io.peripheral.strategy.lower.RuntimeFuncs;
import io.peripheral.strategy.syntax.Node.Pos;
import java.util.List;

/**
 * DataFrames: [nrows i64][resample rule ns i64][one i64 slot per known column name: array pointer or 0]. Column names are fixed
 * at compile time (every string literal in the program gets a slot), so df['close'] is one load.
 */
final class Frames {
  private Frames() {}

  static Type columnType(String name) {
    return name.equals("time") ? Type.series(K.INT) : Type.FSER;
  }

  static int tableBytes(Checker c) {
    return 16 + 8 * c.columns.size();
  }

  private static void ensureHelpers(Checker c) {
    if (c.helpers.containsKey("__col")) {
      return;
    }
    // __col(df, slot, line) -> array
    c.helpers.put("__col", new Ir.Func("__col", List.of(Vt.I32, Vt.I32, Vt.I32), Vt.I32, List.of(Vt.I32), List.of(
        set(3, load32(bin("i32.add", B.get(0, Vt.I32), bin("i32.shl", B.get(1, Vt.I32), i32(3))), 16)),
        iff(un("i32.eqz", B.get(3, Vt.I32)), RuntimeFuncs.raise(Layout.E_KEY, B.get(2, Vt.I32),
            un("i64.extend_i32_u", B.get(1, Vt.I32)))),
        ret(B.get(3, Vt.I32))), null));
    // __df_new(nrows) -> df with no columns
    c.helpers.put("__df_new", new Ir.Func("__df_new", List.of(Vt.I64), Vt.I32, List.of(Vt.I32, Vt.I32), List.of(
        set(1, B.call("__alloc", Vt.I32, i64(tableBytes(c)))),
        store(Vt.I64, B.get(1, Vt.I32), B.get(0, Vt.I64)),
        set(2, i32(8)),
        new Ir.Loop(0, List.of(
            iff(bin("i32.ge_u", B.get(2, Vt.I32), i32(tableBytes(c))), List.of(new Ir.Break(0))),
            store(Vt.I64, bin("i32.add", B.get(1, Vt.I32), B.get(2, Vt.I32)), i64(0))),
            List.of(set(2, bin("i32.add", B.get(2, Vt.I32), i32(8))))),
        ret(B.get(1, Vt.I32))), null));
    // __df_copy(df) -> deep copy
    c.helpers.put("__df_copy", new Ir.Func("__df_copy", List.of(Vt.I32), Vt.I32,
        List.of(Vt.I32, Vt.I32, Vt.I32, Vt.I32), List.of(
        set(1, B.call("__df_new", Vt.I32, loadI(B.get(0, Vt.I32)))),
        new Ir.Store("i64.store", B.get(1, Vt.I32), new Ir.Load("i64.load", Vt.I64, B.get(0, Vt.I32), 8), 8),
        set(2, i32(16)),
        new Ir.Loop(0, List.of(
            iff(bin("i32.ge_u", B.get(2, Vt.I32), i32(tableBytes(c))), List.of(new Ir.Break(0))),
            set(3, load32(bin("i32.add", B.get(0, Vt.I32), B.get(2, Vt.I32)), 0)),
            iff(B.get(3, Vt.I32), List.of(
                set(4, B.call("__newarr", Vt.I32, loadI(B.get(3, Vt.I32)))),
                doo(B.call("__copy", null, B.get(4, Vt.I32), B.get(3, Vt.I32), un("i32.wrap_i64",
                    bin("i64.add", bin("i64.shl", loadI(B.get(3, Vt.I32)), i64(3)), i64(8))))),
                new Ir.Store("i32.store", bin("i32.add", B.get(1, Vt.I32), B.get(2, Vt.I32)), B.get(4, Vt.I32), 0)))),
            List.of(set(2, bin("i32.add", B.get(2, Vt.I32), i32(8))))),
        ret(B.get(1, Vt.I32))), null));
  }

  static TE column(FunctionLowerer fl, TE df, String name, Pos pos) {
    ensureHelpers(fl.c);
    fl.c.usedColumns.add(name);
    int slot = fl.c.columnSlot(name);
    return new TE(columnType(name), B.call("__col", Vt.I32, df.ir(), i32(slot), fl.line(pos)));
  }

  static TE nrows(TE df) {
    return new TE(Type.INT, loadI(df.ir()));
  }

  static TE copy(FunctionLowerer fl, TE df) {
    ensureHelpers(fl.c);
    fl.c.usedColumns.addAll(fl.c.columns);
    return new TE(Type.DF, B.call("__df_copy", Vt.I32, df.ir()));
  }

  static TE create(FunctionLowerer fl, TE nrows) {
    ensureHelpers(fl.c);
    return new TE(Type.DF, B.call("__df_new", Vt.I32, Scalars.toI(nrows)));
  }

  static void setColumn(FunctionLowerer fl, TE df, String name, TE v, Pos pos, List<Ir.Stmt> out) {
    ensureHelpers(fl.c);
    int slot = fl.c.columnSlot(name);
    K elem = name.equals("time") ? K.INT : K.FLOAT;
    TE dfv = fl.temp(df, out);
    TE arr;
    if (v.type().isVector()) {
      Type target = Type.array(elem);
      arr = new TE(target, Types.convert(fl, new TE(Type.array(v.type().elem()), v.ir()), target, pos));
      TE a = fl.temp(arr, out);
      out.add(iff(bin("i64.ne", len(a.ir()), loadI(dfv.ir())),
          RuntimeFuncs.raise(Layout.E_BROADCAST, fl.line(pos), len(a.ir()))));
      arr = a;
    } else if (v.type().isNumber()) {
      arr = fl.c.callPrelude(fl, elem == K.INT ? "__full_int" : "__full_float",
          List.of(nrows(dfv), new TE(elem == K.INT ? Type.INT : Type.FLOAT, Scalars.coerce(v,
              elem == K.INT ? Type.INT : Type.FLOAT))), pos);
    } else {
      throw fl.bail(DiagnosticCode.E0201, pos, "a DataFrame column must be an array, a Series or a number, not "
          + v.type());
    }
    out.add(new Ir.Store("i64.store", bin("i32.add", dfv.ir(), i32(16 + 8 * slot)),
        un("i64.extend_i32_u", arr.ir()), 0));
  }
}
