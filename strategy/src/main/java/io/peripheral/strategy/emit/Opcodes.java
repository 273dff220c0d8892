package io.peripheral.strategy.emit;

import java.util.HashMap;
import java.util.Map;

/** WebAssembly MVP opcodes by their text-format mnemonic. */
final class Opcodes {
  private static final Map<String, Integer> CODES = new HashMap<>();

  static {
    String[] table = {
      "unreachable 00", "nop 01", "throw 08", "try_table 1f", "block 02", "loop 03", "if 04", "else 05", "end 0b", "br 0c", "br_if 0d",
      "return 0f", "call 10", "drop 1a", "select 1b", "local.get 20", "local.set 21", "local.tee 22",
      "global.get 23", "global.set 24", "i32.load 28", "i64.load 29", "f64.load 2b", "i32.store 36",
      "i64.store 37", "f64.store 39", "memory.size 3f", "memory.grow 40", "i32.const 41", "i64.const 42",
      "f64.const 44", "i32.eqz 45", "i32.eq 46", "i32.ne 47", "i32.lt_s 48", "i32.lt_u 49", "i32.gt_s 4a",
      "i32.gt_u 4b", "i32.le_s 4c", "i32.le_u 4d", "i32.ge_s 4e", "i32.ge_u 4f", "i64.eqz 50", "i64.eq 51",
      "i64.ne 52", "i64.lt_s 53", "i64.lt_u 54", "i64.gt_s 55", "i64.gt_u 56", "i64.le_s 57", "i64.le_u 58",
      "i64.ge_s 59", "i64.ge_u 5a", "f64.eq 61", "f64.ne 62", "f64.lt 63", "f64.gt 64", "f64.le 65", "f64.ge 66",
      "i32.add 6a", "i32.sub 6b", "i32.mul 6c", "i32.div_s 6d", "i32.div_u 6e", "i32.rem_s 6f", "i32.and 71",
      "i32.or 72", "i32.xor 73", "i32.shl 74", "i32.shr_s 75", "i32.shr_u 76", "i64.clz 79", "i64.add 7c",
      "i64.sub 7d", "i64.mul 7e", "i64.div_s 7f", "i64.div_u 80", "i64.rem_s 81", "i64.rem_u 82", "i64.and 83",
      "i64.or 84", "i64.xor 85", "i64.shl 86", "i64.shr_s 87", "i64.shr_u 88", "f64.abs 99", "f64.neg 9a",
      "f64.ceil 9b", "f64.floor 9c", "f64.trunc 9d", "f64.nearest 9e", "f64.sqrt 9f", "f64.add a0", "f64.sub a1",
      "f64.mul a2", "f64.div a3", "f64.min a4", "f64.max a5", "f64.copysign a6", "i32.wrap_i64 a7",
      "i32.trunc_f64_s aa", "i64.extend_i32_s ac", "i64.extend_i32_u ad", "i64.trunc_f64_s b0",
      "f64.convert_i32_s b7", "f64.convert_i64_s b9", "i64.reinterpret_f64 bd", "f64.reinterpret_i64 bf"
    };
    for (String row : table) {
      String[] parts = row.split(" ");
      CODES.put(parts[0], Integer.parseInt(parts[1], 16));
    }
  }

  private Opcodes() {}

  static int code(String mnemonic) {
    Integer c = CODES.get(mnemonic);
    if (c == null) {
      throw new IllegalArgumentException("unknown opcode " + mnemonic);
    }
    return c;
  }
}
