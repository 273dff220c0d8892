"""Optional tuples and arrays: a breakout finder returning (index, level) or None, and a window that may be short."""
from typing import Optional, Tuple, Union

import numpy as np


def tail(x, n: int) -> Optional[np.ndarray]:
    if len(x) < n:
        return None
    return x[len(x) - n:]


def breakout(close, n):
    for i in range(len(close) - 1, n, -1):
        level = np.max(close[i - n:i])
        if close[i] > level:
            return i, level
    return None


def ratio(a: float, b: float) -> float | None:
    if b == 0.0:
        return None
    return a / b


def count_up(x) -> Union[int, None]:
    if len(x) == 0:
        return None
    n = 0
    for k in range(1, len(x)):
        if x[k] > x[k - 1]:
            n += 1
    return n


def screen(df, n=20):
    c = df['close'].values
    w = tail(c, n)
    if w is None:
        return None
    found = breakout(c, n)
    if not found:
        return {"score": 0.0, "ups": -1}
    i, level = found
    r = ratio(float(c[-1]), float(level))
    too_long = tail(c, 100000)
    ups = count_up(w)
    return {"score": r if r is not None else 0.0, "age": len(c) - i, "ups": ups if ups is not None else -1,
            "long_missing": too_long is None, "mean": float(np.mean(w))}
