"""print() of optional values: None prints as None, a value as itself (also in f-strings without a spec)."""
import numpy as np


def find(c, level):
    for i in range(len(c)):
        if c[i] > level:
            return i
    return None


def above(c, level):
    i = find(c, level)
    if i is None:
        return None
    return c[i] > c[0]


def gap(c, i):
    if i is None or i == 0:
        return None
    return c[i] - c[i - 1]


def screen(df):
    c = df['close'].values
    hi = float(np.max(c))
    for level in [100.0, hi - 0.5, hi + 1.0]:
        i = find(c, level)
        print("level", level, "first", i, "above", above(c, level), "gap", gap(c, i))
        print(f"i={i} gap={gap(c, i)} same={i == 3} differs={i != 3} none={i is None}")
        if i is not None:
            print(f"at {i:4d}: {c[i]:.3f}")
    best = None
    for v in c[:50]:
        if best is None or v > best:
            best = v
    print("best", best)
    return best
