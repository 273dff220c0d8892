package io.peripheral.strategy.lower;

import static io.peripheral.strategy.lower.B.*;

import io.peripheral.strategy.lower.Ir.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Runtime support functions written directly in IR: the allocator, array creation, checked indexing, traps, checked
 * Python integer arithmetic, Python floor division and modulo, and the log.
 */
public final class RuntimeFuncs {
  private RuntimeFuncs() {}

  private static final Vt I32 = Vt.I32;
  private static final Vt I64 = Vt.I64;
  private static final Vt F64 = Vt.F64;

  private static Func fn(String name, List<Vt> params, Vt result, List<Vt> locals, List<Stmt> body) {
    return new Func(name, params, result, locals, body, null);
  }

  /** Sets the error code, line and aux value, then traps. */
  public static List<Stmt> raise(int code, Expr line, Expr aux) {
    return List.of(doo(call("__raise", null, i32(code), line, aux)), new Trap());
  }

  public static List<Func> all() {
    List<Func> fs = new ArrayList<>();
    // __raise(code, line, aux)
    // limits (memory, call depth, log) trap; Python errors throw the catchable tag
    fs.add(fn("__raise", List.of(I32, I32, I64), null, List.of(), List.of(
        new Store("i32.store", i32(Layout.ERR_CODE), get(0, I32), 0),
        new Store("i32.store", i32(Layout.ERR_LINE), get(1, I32), 0),
        new Store("i64.store", i32(Layout.ERR_AUX), get(2, I64), 0),
        iff(bin("i32.or", bin("i32.eq", get(0, I32), i32(Layout.E_MEMORY)), bin("i32.or",
            bin("i32.eq", get(0, I32), i32(Layout.E_RECURSION)), bin("i32.eq", get(0, I32), i32(Layout.E_LOG)))),
            List.of(new Trap())),
        new Throw(get(0, I32)))));
    // __alloc(bytes i64) -> i32 ; local 1 = new heap (i64), local 2 = needed pages
    List<Stmt> alloc = new ArrayList<>();
    alloc.add(set(1, bin("i64.add", un("i64.extend_i32_u", new GGet(Layout.G_HEAP, I32)),
        bin("i64.and", bin("i64.add", get(0, I64), i64(7)), i64(-8)))));
    alloc.add(iff(bin("i64.gt_u", get(1, I64), i64(0x7fff0000L)),
        raise(Layout.E_MEMORY, i32(0), get(0, I64))));
    alloc.add(iff(bin("i64.gt_u", get(1, I64),
        bin("i64.shl", un("i64.extend_i32_u", new Un("memory.size", I32, i32(0)) ), i64(16))),
        List.of(
            set(2, un("i32.wrap_i64", bin("i64.sub", bin("i64.shr_u", bin("i64.add", get(1, I64), i64(65535)),
                i64(16)), un("i64.extend_i32_u", memSize())))),
            // grow geometrically (fewer copies of a large memory), falling back to exactly what is needed
            iff(bin("i32.eq", growBy(new IfE(bin("i32.gt_u", get(2, I32), memSize()), get(2, I32), memSize(), I32)),
                i32(-1)), List.of(
                iff(bin("i32.eq", growBy(get(2, I32)), i32(-1)), raise(Layout.E_MEMORY, i32(0), get(0, I64))))))));
    alloc.add(set(3, new GGet(Layout.G_HEAP, I32)));
    alloc.add(new GSet(Layout.G_HEAP, un("i32.wrap_i64", get(1, I64))));
    alloc.add(ret(get(3, I32)));
    fs.add(fn("__alloc", List.of(I64), I32, List.of(I64, I32, I32), alloc));
    // __newarr(n i64) -> i32
    fs.add(fn("__newarr", List.of(I64), I32, List.of(I32), List.of(
        iff(bin("i64.lt_s", get(0, I64), i64(0)), raise(Layout.E_VALUE, i32(0), get(0, I64))),
        iff(bin("i64.gt_s", get(0, I64), i64(1L << 28)), raise(Layout.E_MEMORY, i32(0), get(0, I64))),
        set(1, call("__alloc", I32, bin("i64.add", bin("i64.shl", get(0, I64), i64(3)), i64(8)))),
        store(I64, get(1, I32), get(0, I64)),
        ret(get(1, I32)))));
    // __idx(arr i32, i i64, line i32) -> address i32 ; negative counts from the end
    fs.add(fn("__idx", List.of(I32, I64, I32), I32, List.of(I64), List.of(
        set(3, loadI(get(0, I32))),
        iff(bin("i64.lt_s", get(1, I64), i64(0)), List.of(set(1, bin("i64.add", get(1, I64), get(3, I64))))),
        iff(bin("i64.ge_u", get(1, I64), get(3, I64)), raise(Layout.E_INDEX, get(2, I32), get(1, I64))),
        ret(elemAddr(get(0, I32), get(1, I64))))));
    // __iadd/__isub/__imul(a, b, line) with overflow traps
    fs.add(fn("__iadd", List.of(I64, I64, I32), I64, List.of(I64), List.of(
        set(3, bin("i64.add", get(0, I64), get(1, I64))),
        iff(bin("i64.lt_s", bin("i64.and", bin("i64.xor", get(0, I64), get(3, I64)),
            bin("i64.xor", get(1, I64), get(3, I64))), i64(0)), raise(Layout.E_OVERFLOW, get(2, I32), i64(0))),
        ret(get(3, I64)))));
    fs.add(fn("__isub", List.of(I64, I64, I32), I64, List.of(I64), List.of(
        set(3, bin("i64.sub", get(0, I64), get(1, I64))),
        iff(bin("i64.lt_s", bin("i64.and", bin("i64.xor", get(0, I64), get(1, I64)),
            bin("i64.xor", get(0, I64), get(3, I64))), i64(0)), raise(Layout.E_OVERFLOW, get(2, I32), i64(0))),
        ret(get(3, I64)))));
    fs.add(fn("__imul", List.of(I64, I64, I32), I64, List.of(I64), List.of(
        set(3, bin("i64.mul", get(0, I64), get(1, I64))),
        iff(bin("i64.ne", get(0, I64), i64(0)), List.of(
            iff(bin("i32.or", bin("i64.ne", bin("i64.div_s", get(3, I64), get(0, I64)), get(1, I64)),
                bin("i32.and", bin("i64.eq", get(0, I64), i64(-1)), bin("i64.eq", get(1, I64), i64(Long.MIN_VALUE)))),
                raise(Layout.E_OVERFLOW, get(2, I32), i64(0))))),
        ret(get(3, I64)))));
    // __ifloordiv(a, b, line, python) : python=1 raises on zero, numpy gives 0
    fs.add(fn("__ifloordiv", List.of(I64, I64, I32, I32), I64, List.of(I64), List.of(
        iff(un("i64.eqz", get(1, I64)), List.of(
            iff(get(3, I32), raise(Layout.E_ZERO_DIV, get(2, I32), i64(0))), ret(i64(0)))),
        iff(bin("i32.and", bin("i64.eq", get(0, I64), i64(Long.MIN_VALUE)), bin("i64.eq", get(1, I64), i64(-1))),
            List.of(iff(get(3, I32), raise(Layout.E_OVERFLOW, get(2, I32), i64(0))), ret(get(0, I64)))),
        set(4, bin("i64.div_s", get(0, I64), get(1, I64))),
        iff(bin("i32.and", bin("i64.ne", bin("i64.rem_s", get(0, I64), get(1, I64)), i64(0)),
            bin("i32.ne", bin("i64.lt_s", get(0, I64), i64(0)), bin("i64.lt_s", get(1, I64), i64(0)))),
            List.of(set(4, bin("i64.sub", get(4, I64), i64(1))))),
        ret(get(4, I64)))));
    fs.add(fn("__imod", List.of(I64, I64, I32, I32), I64, List.of(I64), List.of(
        iff(un("i64.eqz", get(1, I64)), List.of(
            iff(get(3, I32), raise(Layout.E_ZERO_DIV, get(2, I32), i64(0))), ret(i64(0)))),
        iff(bin("i64.eq", get(1, I64), i64(-1)), List.of(ret(i64(0)))),
        set(4, bin("i64.rem_s", get(0, I64), get(1, I64))),
        iff(bin("i32.and", bin("i64.ne", get(4, I64), i64(0)),
            bin("i32.ne", bin("i64.lt_s", get(4, I64), i64(0)), bin("i64.lt_s", get(1, I64), i64(0)))),
            List.of(set(4, bin("i64.add", get(4, I64), get(1, I64))))),
        ret(get(4, I64)))));
    // __fmod(a, b): Python/numpy float modulo (sign of b); NaN for b == 0
    fs.add(fn("__fmod", List.of(F64, F64), F64, List.of(F64), List.of(
        set(2, bin("f64.sub", get(0, F64), bin("f64.mul", un("f64.trunc", bin("f64.div", get(0, F64), get(1, F64))),
            get(1, F64)))),
        iff(bin("i32.and", bin("f64.ne", get(2, F64), f64(0)),
            bin("i32.ne", bin("f64.lt", get(2, F64), f64(0)), bin("f64.lt", get(1, F64), f64(0)))),
            List.of(set(2, bin("f64.add", get(2, F64), get(1, F64))))),
        iff(bin("f64.eq", get(2, F64), f64(0)), List.of(set(2, bin("f64.copysign", f64(0), get(1, F64))))),
        ret(get(2, F64)))));
    fs.add(fn("__ffloordiv", List.of(F64, F64), F64, List.of(), List.of(
        iff(bin("f64.eq", get(1, F64), f64(0)), List.of(ret(bin("f64.div", get(0, F64), get(1, F64))))),
        ret(un("f64.floor", bin("f64.div", bin("f64.sub", get(0, F64), call("__fmod", F64, get(0, F64), get(1, F64))),
            get(1, F64)))))));
    // __log(tag, bits): appends a record to the log, trapping when it is full
    fs.add(fn("__log", List.of(I32, I64), null, List.of(I32), List.of(
        iff(bin("i32.ge_u", new GGet(Layout.G_LOG, I32), i32(Layout.LOG_RECORDS)),
            raise(Layout.E_LOG, i32(0), i64(0))),
        set(2, bin("i32.add", i32(Layout.LOG_START), bin("i32.mul", new GGet(Layout.G_LOG, I32),
            i32(Layout.LOG_RECORD)))),
        store(I32, get(2, I32), get(0, I32)),
        new Store("i64.store", get(2, I32), get(1, I64), 8),
        new GSet(Layout.G_LOG, bin("i32.add", new GGet(Layout.G_LOG, I32), i32(1))))));
    // __enter(line): call-depth accounting
    fs.add(fn("__enter", List.of(I32), null, List.of(), List.of(
        new GSet(Layout.G_DEPTH, bin("i32.add", new GGet(Layout.G_DEPTH, I32), i32(1))),
        iff(bin("i32.gt_s", new GGet(Layout.G_DEPTH, I32), new GGet(Layout.G_DEPTH_LIMIT, I32)),
            raise(Layout.E_RECURSION, get(0, I32), i64(0))))));
    // Python float division, floor division and modulo: ZeroDivisionError on a zero divisor
    fs.add(fn("__fdivpy", List.of(F64, F64, I32), F64, List.of(), List.of(
        iff(bin("f64.eq", get(1, F64), f64(0)), raise(Layout.E_ZERO_DIV, get(2, I32), i64(0))),
        ret(bin("f64.div", get(0, F64), get(1, F64))))));
    fs.add(fn("__ffloordivpy", List.of(F64, F64, I32), F64, List.of(), List.of(
        iff(bin("f64.eq", get(1, F64), f64(0)), raise(Layout.E_ZERO_DIV, get(2, I32), i64(0))),
        ret(call("__ffloordiv", F64, get(0, F64), get(1, F64))))));
    fs.add(fn("__fmodpy", List.of(F64, F64, I32), F64, List.of(), List.of(
        iff(bin("f64.eq", get(1, F64), f64(0)), raise(Layout.E_ZERO_DIV, get(2, I32), i64(0))),
        ret(call("__fmod", F64, get(0, F64), get(1, F64))))));
    // __f2i(x, line): int(x) for a float, ValueError on NaN or infinity, OverflowError out of range
    fs.add(fn("__f2i", List.of(F64, I32), I64, List.of(), List.of(
        iff(bin("f64.ne", get(0, F64), get(0, F64)), raise(Layout.E_VALUE, get(1, I32), i64(1))),
        iff(bin("i32.or", bin("f64.ge", get(0, F64), f64(9.223372036854775807E18)),
            bin("f64.lt", get(0, F64), f64(-9.223372036854775808E18))), raise(Layout.E_OVERFLOW, get(1, I32),
            i64(1))),
        ret(un("i64.trunc_f64_s", get(0, F64))))));
    // lists: [len i64][cap i64][data i32]; elements are 8-byte bit patterns
    fs.add(fn("__list_new", List.of(), I32, List.of(I32), List.of(
        set(0, call("__alloc", I32, i64(24))),
        store(I64, get(0, I32), i64(0)),
        new Store("i64.store", get(0, I32), i64(4), 8),
        new Store("i32.store", get(0, I32), call("__alloc", I32, i64(32)), 16),
        ret(get(0, I32)))));
    fs.add(fn("__list_push", List.of(I32, I64), null, List.of(I64, I32), List.of(
        set(2, loadI(get(0, I32))),
        iff(bin("i64.ge_s", get(2, I64), new Load("i64.load", I64, get(0, I32), 8)), List.of(
            set(3, call("__alloc", I32, bin("i64.shl", get(2, I64), i64(4)))),
            doo(call("__copy", null, get(3, I32), load32(get(0, I32), 16), un("i32.wrap_i64", bin("i64.shl",
                get(2, I64), i64(3))))),
            new Store("i32.store", get(0, I32), get(3, I32), 16),
            new Store("i64.store", get(0, I32), bin("i64.shl", get(2, I64), i64(1)), 8))),
        new Store("i64.store", bin("i32.add", load32(get(0, I32), 16), un("i32.wrap_i64", bin("i64.shl", get(2, I64),
            i64(3)))), get(1, I64), 0),
        store(I64, get(0, I32), bin("i64.add", get(2, I64), i64(1))))));
    fs.add(fn("__list_addr", List.of(I32, I64, I32), I32, List.of(I64), List.of(
        set(3, loadI(get(0, I32))),
        iff(bin("i64.lt_s", get(1, I64), i64(0)), List.of(set(1, bin("i64.add", get(1, I64), get(3, I64))))),
        iff(bin("i64.ge_u", get(1, I64), get(3, I64)), raise(Layout.E_INDEX, get(2, I32), get(1, I64))),
        ret(bin("i32.add", load32(get(0, I32), 16), un("i32.wrap_i64", bin("i64.shl", get(1, I64), i64(3))))))));
    // __copy(dst, src, bytes): forward copy in 8-byte words (bytes is a multiple of 8)
    fs.add(fn("__copy", List.of(I32, I32, I32), null, List.of(I32), List.of(
        set(3, i32(0)),
        new Loop(0, List.of(
            iff(bin("i32.ge_u", get(3, I32), get(2, I32)), List.of(new Break(0))),
            store(I64, bin("i32.add", get(0, I32), get(3, I32)), loadI(bin("i32.add", get(1, I32), get(3, I32))))),
            List.of(set(3, bin("i32.add", get(3, I32), i32(8))))))));
    // dicts: a list of (key id | kind << 32, f64 bits) pairs
    fs.add(fn("__dict_set", List.of(I32, I64, I64), null, List.of(I64, I64), List.of(
        set(3, loadI(get(0, I32))),
        set(4, i64(0)),
        new Loop(0, List.of(
            iff(bin("i64.ge_s", get(4, I64), get(3, I64)), List.of(new Break(0))),
            iff(bin("i64.eq", bin("i64.and", loadI(call("__list_addr", I32, get(0, I32), get(4, I64), i32(0))),
                i64(0xffffffffL)), bin("i64.and", get(1, I64), i64(0xffffffffL))), List.of(
                store(I64, call("__list_addr", I32, get(0, I32), get(4, I64), i32(0)), get(1, I64)),
                store(I64, call("__list_addr", I32, get(0, I32), bin("i64.add", get(4, I64), i64(1)), i32(0)),
                    get(2, I64)),
                new Return(null)))),
            List.of(set(4, bin("i64.add", get(4, I64), i64(2))))),
        doo(call("__list_push", null, get(0, I32), get(1, I64))),
        doo(call("__list_push", null, get(0, I32), get(2, I64))))));
    fs.add(fn("__dict_get", List.of(I32, I64, I32), F64, List.of(I64, I64), List.of(
        set(3, loadI(get(0, I32))),
        set(4, i64(0)),
        new Loop(0, List.of(
            iff(bin("i64.ge_s", get(4, I64), get(3, I64)), List.of(new Break(0))),
            iff(bin("i64.eq", bin("i64.and", loadI(call("__list_addr", I32, get(0, I32), get(4, I64), i32(0))),
                i64(0xffffffffL)), get(1, I64)), List.of(
                ret(loadF(call("__list_addr", I32, get(0, I32), bin("i64.add", get(4, I64), i64(1)), i32(0))))))),
            List.of(set(4, bin("i64.add", get(4, I64), i64(2))))),
        doo(call("__raise", null, i32(Layout.E_KEY), get(2, I32), get(1, I64))),
        new Trap())));
    // __f2i_sat(x): numpy's float->int64 cast: NaN and out-of-range give INT64_MIN
    fs.add(fn("__f2i_sat", List.of(F64), I64, List.of(), List.of(
        iff(bin("i32.or", bin("f64.ne", get(0, F64), get(0, F64)), bin("i32.or",
            bin("f64.ge", get(0, F64), f64(9.223372036854775807E18)),
            bin("f64.lt", get(0, F64), f64(-9.223372036854775808E18)))), List.of(ret(i64(Long.MIN_VALUE)))),
        ret(un("i64.trunc_f64_s", get(0, F64))))));
    // exported: alloc(bytes) for the host
    fs.add(new Func("alloc", List.of(I32), I32, List.of(), List.of(
        ret(call("__alloc", I32, un("i64.extend_i32_u", get(0, I32))))), "alloc"));
    return fs;
  }

  private static Expr memSize() {
    return new Un("memory.size", I32, i32(0));
  }

  private static Expr growBy(Expr pages) {
    return new Un("memory.grow", I32, pages);
  }
}
