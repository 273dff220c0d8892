import numpy as np


def stats(x: np.ndarray) -> tuple:
    lo = x[0]
    hi = x[0]
    total = 0.0
    for v in x:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total / len(x)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def clamp(v, lo=-1.0, hi=1.0):
    return lo if v < lo else (hi if v > hi else v)


def generate_signals(df, width=30):
    c = df['close'].values
    n = len(c)
    out = np.full(n, np.nan)
    k = fib(10) // 11
    for i in range(width, n):
        lo, hi, mean = stats(c[i - width:i])
        if hi > lo:
            out[i] = clamp((c[i] - mean) / (hi - lo) * k)
    a, b = 7 // -2, -7 % 3
    out[0] = clamp(float(a * b) / 10)
    return out
