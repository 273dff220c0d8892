"""Nested functions: recursion, a nested function calling an earlier one that captures, a lambda capturing."""
import numpy as np


def screen(df):
    k = 2

    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)

    def a(x):
        return x + k

    def b(x):
        return a(x) * 2

    last = df["close"].iloc[-1]
    m = df["close"].rolling(5).apply(lambda w: w.max() - last * k * 0.0, raw=True)
    return {"score": float(fact(5) + b(1)), "m": float(m.iloc[-1])}
