"""Screen on the most recent golden cross, found by a helper that returns None when there is none."""
import numpy as np


def sma(x, n):
    out = np.full(len(x), np.nan)
    total = 0.0
    for i in range(len(x)):
        total += x[i]
        if i >= n:
            total -= x[i - n]
        if i >= n - 1:
            out[i] = total / n
    return out


def last_cross(fast, slow):
    for i in range(len(fast) - 1, 0, -1):
        if fast[i] > slow[i] and fast[i - 1] <= slow[i - 1]:
            return i
    return None


def first_cross_after(fast, slow, start):
    # falls off the end (an implicit None) when no cross follows start
    for i in range(start + 1, len(fast)):
        if fast[i] < slow[i] and fast[i - 1] >= slow[i - 1]:
            return i


def screen(df, fast=10, slow=30):
    c = df['close'].values
    f = sma(c, fast)
    s = sma(c, slow)
    i = last_cross(f, s)
    if i is None:
        return None
    age = len(c) - i
    j = first_cross_after(f, s, 0)
    if j is not None and j < i:
        age += 1
    down = first_cross_after(f, s, i)
    if down is not None:
        age = -age
    return float(age) + (c[-1] - c[i]) / c[i]
