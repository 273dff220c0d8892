"""np.argsort orders ties as numpy 1.24 does (its introsort is not stable): small, medium and large tie-heavy arrays, NaN."""
import numpy as np


def make(n, k, seed, nan_every):
    a = np.zeros(n)
    v = seed * 7919 + 17
    for i in range(n):
        v = (v * 1103515245 + 12345) % 2147483648
        a[i] = float((v // 65536) % k)
        if nan_every > 0 and (v // 7) % nan_every == 0:
            a[i] = np.nan
    return a


def digest(idx):
    w = np.arange(len(idx)) + 1.0
    return float(np.sum(idx * w))


def screen(df, seed=0):
    out = {"score": 0.0}
    out["a"] = digest(np.argsort(make(5, 2, seed, 0)))
    out["b"] = digest(np.argsort(make(17, 3, seed, 0)))
    out["c"] = digest(np.argsort(make(18, 3, seed, 0)))
    out["d"] = digest(np.argsort(make(40, 2, seed, 0)))
    out["e"] = digest(np.argsort(make(100, 10, seed, 5)))
    out["f"] = digest(np.argsort(make(400, 3, seed, 0)))
    out["g"] = digest(np.argsort(make(1000, 1000, seed, 0)))
    out["h"] = digest(np.argsort(make(5000, 7, seed, 11)))
    out["i"] = digest(np.argsort(make(3000, 1, seed, 0)))
    out["j"] = digest(np.argsort(-make(2500, 50, seed, 3)))
    ints = make(300, 4, seed, 0).astype(int)
    out["k"] = digest(np.argsort(ints))
    return out
