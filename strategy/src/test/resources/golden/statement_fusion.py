"""Element-wise work written over several statements (fused into one pass), and the cases that must not fuse."""
import numpy as np
import pandas as pd

LEVEL = 0.5


def scaled(x, k):
    return x * k


def generate_signals(df, w=10):
    close = df['close']
    ma = close.rolling(w).mean()
    sd = close.rolling(w).std()
    z = (close - ma) / sd
    # a chain of three: each value read once, first, by the next statement
    a = z.clip(-3, 3)
    b = a / 3
    c = b.where(close > ma, b * 0.5)
    # rebinding the same name: c = f(c)
    c = c.fillna(0.0)
    # read twice by the next statement: stays a variable
    d = c * 0.9
    e = d.where(d > 0, d * 0.8)
    # read after the next statement: stays a variable
    f = e + 0.01
    g = f - 0.01
    h = g * 0.5 + f * 0.5
    # not the first thing the next statement evaluates
    m = h * 0.25
    n = LEVEL * 0.0 + m
    # a nested function reads the name: stays a variable
    p = n * 1.0

    def later():
        return p * 0.0

    q = p + later()
    # a helper of the strategy in the next statement
    r = q.clip(-1, 1)
    s = scaled(r, 1.0)
    return s
