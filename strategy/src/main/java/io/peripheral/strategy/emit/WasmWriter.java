package io.peripheral.strategy.emit;

import io.peripheral.strategy.lower.Ir;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes an IR module as a WebAssembly binary with no imports: types, functions, one exported memory, i32 globals,
 * exports, code and one active data segment. Also renders the same instructions as WebAssembly text.
 */
public final class WasmWriter {
  private final Ir.Module module;
  private final Map<String, Integer> funcIndex = new HashMap<>();
  private final List<List<Insn>> bodies = new ArrayList<>();

  private WasmWriter(Ir.Module module) {
    this.module = module;
    for (int i = 0; i < module.funcs().size(); i++) {
      funcIndex.put(module.funcs().get(i).name(), i);
    }
    for (Ir.Func f : module.funcs()) {
      bodies.add(CodeGen.generate(f, funcIndex));
    }
  }

  /** The binary module. */
  public static byte[] encode(Ir.Module module) {
    return new WasmWriter(module).binary();
  }

  /** The module as WebAssembly text. */
  public static String toWat(Ir.Module module) {
    return new WasmWriter(module).text();
  }

  private static int pages(int bytes) {
    return (bytes + 65535) / 65536;
  }

  private static int vt(Ir.Vt t) {
    return switch (t) {
      case I32 -> 0x7f;
      case I64 -> 0x7e;
      case F64 -> 0x7c;
    };
  }

  private static String sig(Ir.Func f) {
    return f.params() + "->" + f.result();
  }

  private byte[] binary() {
    Out o = new Out();
    o.bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
    Map<String, Integer> types = new LinkedHashMap<>();
    List<Ir.Func> typeFuncs = new ArrayList<>();
    for (Ir.Func f : module.funcs()) {
      if (!types.containsKey(sig(f))) {
        types.put(sig(f), types.size());
        typeFuncs.add(f);
      }
    }
    Out sec = new Out();
    sec.u32(typeFuncs.size());
    for (Ir.Func f : typeFuncs) {
      sec.byte1(0x60);
      sec.u32(f.params().size());
      for (Ir.Vt p : f.params()) {
        sec.byte1(vt(p));
      }
      if (f.result() == null) {
        sec.u32(0);
      } else {
        sec.u32(1);
        sec.byte1(vt(f.result()));
      }
    }
    o.section(1, sec);
    sec = new Out();
    sec.u32(module.funcs().size());
    for (Ir.Func f : module.funcs()) {
      sec.u32(types.get(sig(f)));
    }
    o.section(3, sec);
    sec = new Out();
    sec.u32(1);
    sec.byte1(0x00);
    sec.u32(pages(module.heapStart()) + 1);
    o.section(5, sec);
    // one exception tag carrying a Python error code: type (i32) -> ()
    sec = new Out();
    sec.u32(1);
    sec.byte1(0x00);
    sec.u32(tagType(types));
    o.section(13, sec);
    sec = new Out();
    sec.u32(module.globals().size());
    for (long g : module.globals()) {
      sec.byte1(0x7f);
      sec.byte1(0x01);
      sec.byte1(0x41);
      sec.s64(g);
      sec.byte1(0x0b);
    }
    o.section(6, sec);
    sec = new Out();
    List<Integer> exported = new ArrayList<>();
    for (int i = 0; i < module.funcs().size(); i++) {
      if (module.funcs().get(i).export() != null) {
        exported.add(i);
      }
    }
    sec.u32(exported.size() + 1);
    sec.name("memory");
    sec.byte1(0x02);
    sec.u32(0);
    for (int i : exported) {
      sec.name(module.funcs().get(i).export());
      sec.byte1(0x00);
      sec.u32(i);
    }
    o.section(7, sec);
    sec = new Out();
    sec.u32(module.funcs().size());
    for (int i = 0; i < module.funcs().size(); i++) {
      Out body = new Out();
      List<Ir.Vt> locals = module.funcs().get(i).locals();
      body.u32(locals.size());
      for (Ir.Vt l : locals) {
        body.u32(1);
        body.byte1(vt(l));
      }
      for (Insn in : bodies.get(i)) {
        insn(body, in);
      }
      sec.u32(body.size());
      sec.append(body);
    }
    o.section(10, sec);
    sec = new Out();
    sec.u32(1);
    sec.byte1(0x00);
    sec.byte1(0x41);
    sec.s64(module.dataOffset());
    sec.byte1(0x0b);
    sec.u32(module.data().length);
    sec.raw(module.data());
    o.section(11, sec);
    return o.toByteArray();
  }

  private static int tagType(Map<String, Integer> types) {
    Integer t = types.get(List.of(Ir.Vt.I32) + "->" + null);
    if (t == null) {
      throw new IllegalStateException("no (i32) -> () function type for the error tag");
    }
    return t;
  }

  private static void insn(Out o, Insn in) {
    String op = in.op();
    o.byte1(Opcodes.code(op));
    switch (op) {
      case "block", "loop", "if" -> o.byte1(in.imm() < 0 ? 0x40 : vt(Ir.Vt.values()[(int) in.imm()]));
      case "try_table" -> {
        o.byte1(0x40);
        o.u32(1);
        o.byte1(0x00);
        o.u32(0);
        o.u32((int) in.imm());
      }
      case "throw" -> o.u32((int) in.imm());
      case "br", "br_if", "call", "local.get", "local.set", "local.tee", "global.get", "global.set" ->
          o.u32((int) in.imm());
      case "i32.const", "i64.const" -> o.s64(in.imm());
      case "f64.const" -> {
        long bits = in.imm();
        for (int k = 0; k < 8; k++) {
          o.byte1((int) (bits >>> (8 * k)) & 0xff);
        }
      }
      case "memory.size", "memory.grow" -> o.byte1(0);
      default -> {
        if (op.contains(".load") || op.contains(".store")) {
          o.u32(op.startsWith("i32") ? 2 : 3);
          o.u32((int) in.imm());
        }
      }
    }
  }

  private String text() {
    StringBuilder sb = new StringBuilder("(module\n");
    sb.append("  (memory (export \"memory\") ").append(pages(module.heapStart()) + 1).append(")\n");
    sb.append("  (tag $pyerr (param i32))\n");
    for (int g = 0; g < module.globals().size(); g++) {
      sb.append("  (global $g").append(g).append(" (mut i32) (i32.const ").append(module.globals().get(g))
          .append("))\n");
    }
    for (int i = 0; i < module.funcs().size(); i++) {
      Ir.Func f = module.funcs().get(i);
      sb.append("  (func $").append(f.name());
      if (f.export() != null) {
        sb.append(" (export \"").append(f.export()).append("\")");
      }
      for (Ir.Vt p : f.params()) {
        sb.append(" (param ").append(p.name().toLowerCase()).append(')');
      }
      if (f.result() != null) {
        sb.append(" (result ").append(f.result().name().toLowerCase()).append(')');
      }
      sb.append('\n');
      if (!f.locals().isEmpty()) {
        sb.append("    (local");
        for (Ir.Vt l : f.locals()) {
          sb.append(' ').append(l.name().toLowerCase());
        }
        sb.append(")\n");
      }
      int indent = 2;
      List<Insn> body = bodies.get(i);
      for (int k = 0; k < body.size() - 1; k++) {
        Insn in = body.get(k);
        if (in.op().equals("end") || in.op().equals("else")) {
          indent--;
        }
        sb.append("  ".repeat(indent + 1)).append(in.op());
        switch (in.op()) {
          case "try_table" -> {
            sb.append(" (catch $pyerr ").append(in.imm()).append(')');
            indent++;
          }
          case "throw" -> sb.append(" $pyerr");
          case "block", "loop", "if" -> {
            if (in.imm() >= 0) {
              sb.append(" (result ").append(Ir.Vt.values()[(int) in.imm()].name().toLowerCase()).append(')');
            }
            indent++;
          }
          case "else" -> indent++;
          case "call" -> sb.append(" $").append(in.note());
          case "br", "br_if", "local.get", "local.set", "local.tee", "i32.const", "i64.const" ->
              sb.append(' ').append(in.imm());
          case "global.get", "global.set" -> sb.append(" $g").append(in.imm());
          case "f64.const" -> sb.append(' ').append(watF64(in.imm()));
          default -> {
            if ((in.op().contains(".load") || in.op().contains(".store")) && in.imm() != 0) {
              sb.append(" offset=").append(in.imm());
            }
          }
        }
        sb.append('\n');
      }
      sb.append("  )\n");
    }
    sb.append("  (data (i32.const ").append(module.dataOffset()).append(") \"");
    for (byte b : module.data()) {
      sb.append(String.format("\\%02x", b & 0xff));
    }
    sb.append("\")\n)\n");
    return sb.toString();
  }

  /** A growable byte buffer with LEB128 helpers. */
  private static final class Out extends ByteArrayOutputStream {
    void byte1(int b) {
      write(b);
    }

    void bytes(int... bs) {
      for (int b : bs) {
        write(b);
      }
    }

    void raw(byte[] b) {
      write(b, 0, b.length);
    }

    void append(Out other) {
      write(other.buf, 0, other.count);
    }

    void u32(int v) {
      long x = v & 0xffffffffL;
      do {
        int b = (int) (x & 0x7f);
        x >>>= 7;
        write(x != 0 ? b | 0x80 : b);
      } while (x != 0);
    }

    void s64(long v) {
      while (true) {
        int b = (int) (v & 0x7f);
        v >>= 7;
        boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
        write(done ? b : b | 0x80);
        if (done) {
          return;
        }
      }
    }

    void name(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      u32(b.length);
      raw(b);
    }

    void section(int id, Out content) {
      write(id);
      u32(content.size());
      append(content);
    }
  }

  /** An f64 constant in WAT syntax; NaNs keep their payload (None of an Optional[float] is one, see Optionals). */
  static String watF64(long bits) {
    double d = Double.longBitsToDouble(bits);
    if (!Double.isNaN(d)) {
      return Double.toString(d);
    }
    long payload = bits & 0x000f_ffff_ffff_ffffL;
    return (bits < 0 ? "-" : "") + (payload == 0x0008_0000_0000_0000L ? "nan" : "nan:0x" + Long.toHexString(payload));
  }
}
