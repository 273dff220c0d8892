package io.peripheral.strategy.check;

import io.peripheral.strategy.lower.Ir;

/** A lowered expression with its static type. */
record TE(Type type, Ir.Expr ir) {}
