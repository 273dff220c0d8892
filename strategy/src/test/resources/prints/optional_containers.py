"""Optional Series, lists and tuples, a try/finally helper, a closure over an optional, and optionals compared."""
import numpy as np
import pandas as pd


def tail_series(df, n):
    if len(df) < n:
        return None
    return df['close'].iloc[-n:]


def evens(c):
    out = []
    for i in range(0, len(c), 50):
        if c[i] > 100.0:
            out.append(float(c[i]))
    if not out:
        return None
    return out


def guarded(x):
    try:
        if x > 100.0:
            return None
        return x * 2.0
    finally:
        print("guarded", x)


def pair(c, k):
    if k >= len(c):
        return None
    return c[k], k


def screen(df):
    c = df['close'].values
    s = tail_series(df, 20)
    if s is None:
        return None
    e = evens(c)
    n_e = 0 if e is None else len(e)
    g1 = guarded(99.0)
    g2 = guarded(101.0)
    arr = np.zeros(3)
    if g1 is not None:
        arr[0] = g1

    def scale(v):
        if g1 is None:
            return v
        return v * g1

    p = pair(c, 5)
    q = pair(c, 5000)
    same = g1 == g2
    both = g1 == guarded(99.0)
    flag = q is None
    if p is not None:
        v, k = p
        arr[1] = v + k
    score = float(s.mean()) + scale(1.0) + arr.sum()
    print(g1, g2, same, both, flag, e is None, n_e, f"{score:.6f}")
    return {"score": score, "n": n_e}
