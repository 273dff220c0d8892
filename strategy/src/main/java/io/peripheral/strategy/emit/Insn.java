package io.peripheral.strategy.emit;

/**
 * One instruction of a function body: a mnemonic and its immediate (local/global/function index, branch depth,
 * constant bits, memory offset, or block type: -1 none, 0 i32, 1 i64, 2 f64).
 */
record Insn(String op, long imm, String note) {
  static Insn of(String op) {
    return new Insn(op, 0, null);
  }

  static Insn of(String op, long imm) {
    return new Insn(op, imm, null);
  }
}
